import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Build step (pom.xml, prepare-package, after Vaadin's build-frontend): deletes the files of
 * {@code VAADIN/build} that the production bundle never loads.
 *
 * <p>Vaadin's precompiled production bundle (com.vaadin:vaadin-prod-bundle 25.2.5) ships the output of three
 * builds in one {@code VAADIN/build} folder: each file is there three times under three content hashes, and
 * {@code index.html} loads one of them. A browser only ever fetches what {@code index.html} and the service
 * worker name and, from there, what those scripts import by name, so every file not reached that way is
 * unreachable. Run with {@code java PruneVaadinBundle.java <webapp folder>}, where the folder holds
 * {@code index.html}, {@code sw.js} and {@code VAADIN/build}.
 *
 * <p>It refuses to delete anything when the bundle does not look as expected (no entry script reached, or
 * most files unreachable), so a changed Vaadin bundle fails the build rather than ship a broken page.
 */
public class PruneVaadinBundle {

    public static void main(String[] args) throws IOException {
        Path webapp = Path.of(args[0]);
        Path build = webapp.resolve("VAADIN/build");
        if (!Files.isDirectory(build)) {
            System.out.println("[prune-vaadin-bundle] no " + build + ": nothing to prune");
            return;
        }
        Set<String> files = new TreeSet<>();
        try (Stream<Path> list = Files.list(build)) {
            list.filter(Files::isRegularFile).forEach(p -> files.add(p.getFileName().toString()));
        }

        Set<String> reached = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        for (String root : List.of("index.html", "sw.js")) {
            Path p = webapp.resolve(root);
            if (Files.isRegularFile(p)) {
                names(Files.readString(p), files, todo);
            }
        }
        if (todo.isEmpty()) {
            throw new IllegalStateException("index.html names no file of " + build + "; not pruning");
        }
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (reached.add(name) && !name.endsWith(".br") && !name.endsWith(".gz")) {
                String text = new String(Files.readAllBytes(build.resolve(name)), StandardCharsets.ISO_8859_1);
                names(text, files, todo);
            }
        }
        // the precompressed copies of what is reached are served in its place
        for (String name : Set.copyOf(reached)) {
            for (String suffix : List.of(".br", ".gz")) {
                if (files.contains(name + suffix)) {
                    reached.add(name + suffix);
                }
            }
        }

        Set<String> unreached = new TreeSet<>(files);
        unreached.removeAll(reached);
        if (unreached.size() * 3 > files.size() * 2 + 3) {
            throw new IllegalStateException(unreached.size() + " of " + files.size() + " files of " + build
                    + " are not reached from index.html; the bundle is not as expected, not pruning");
        }
        long bytes = 0;
        for (String name : unreached) {
            Path p = build.resolve(name);
            bytes += Files.size(p);
            Files.delete(p);
        }
        System.out.printf("[prune-vaadin-bundle] kept %d files of %s, deleted %d never loaded (%.1f MB)%n",
                reached.size(), build, unreached.size(), bytes / 1e6);
    }

    /** Every file of the folder whose name the text contains (a name inside a longer name counts too). */
    private static void names(String text, Set<String> files, Deque<String> todo) {
        for (String name : files) {
            if (text.contains(name)) {
                todo.push(name);
            }
        }
    }
}
