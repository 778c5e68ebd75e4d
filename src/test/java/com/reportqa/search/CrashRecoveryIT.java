package com.reportqa.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The packaged jar as a separate process: killed with SIGKILL while it indexes 200 reports, then started
 * again, then started on an index full of garbage and on a deleted one. Each time the index must end up
 * holding every report exactly once.
 */
class CrashRecoveryIT {

    static final int REPORTS = 200;
    static final String TOWN_CHARS = "安宁平和福禄寿喜长乐永康太清河山松柏青石龙凤";

    @TempDir
    Path root;

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void should_hold_every_report_exactly_once_after_a_kill_a_damaged_and_a_deleted_index() throws Exception {
        Path corpus = root.resolve("corpus");
        Path data = root.resolve("data");
        writeReports(corpus);

        Process first = start(corpus, data, "reports");
        CompletableFuture<Boolean> killed = CompletableFuture.supplyAsync(() -> killWhenCommitted(first));
        assertThat(first.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(killed.get()).as("killed after a partial commit, before indexing ended").isTrue();

        Run restarted = check(corpus, data);
        var synced = java.util.regex.Pattern.compile("Index synced in \\d+ ms: (\\d+) reports indexed")
                .matcher(restarted.log());
        assertThat(synced.find()).as(restarted.log()).isTrue();
        System.out.println("after the kill, the restart indexed " + synced.group(1) + " of " + REPORTS + " reports");
        // the reports committed before the kill were kept, the rest were added once
        assertThat(Integer.parseInt(synced.group(1))).isLessThan(REPORTS);
        assertConsistent(restarted);

        try (var files = Files.list(data.resolve("index"))) {
            for (Path f : files.filter(p -> !p.getFileName().toString().equals("write.lock")).toList()) {
                byte[] bytes = Files.readAllBytes(f);
                for (int i = bytes.length / 2; i < Math.min(bytes.length, bytes.length / 2 + 64); i++) {
                    bytes[i] ^= 0x5A;
                }
                Files.write(f, bytes);
            }
        }
        Run afterGarbage = check(corpus, data);
        assertThat(afterGarbage.log()).contains("is damaged").contains("rebuilding");
        assertConsistent(afterGarbage);

        try (var files = Files.walk(data.resolve("index"))) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
        assertConsistent(check(corpus, data));
    }

    private void assertConsistent(Run run) {
        assertThat(run.exitCode()).as(run.log()).isZero();
        List<JsonNode> rows = run.stdout().lines().map(json::readTree).toList();
        assertThat(rows).hasSize(REPORTS);
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("consistent").asBoolean()).as(r.toString()).isTrue();
            assertThat(r.get("windows").asInt()).isEqualTo(r.get("distinctWindows").asInt());
        });
    }

    /** Kills the process as soon as it logs its first intermediate commit; false if it finished first. */
    private static boolean killWhenCommitted(Process process) {
        try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line = err.readLine(); line != null; line = err.readLine()) {
                if (line.contains("new reports committed so far")) {
                    process.destroyForcibly();
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    record Run(int exitCode, String stdout, String log) {
    }

    private Run check(Path corpus, Path data) throws Exception {
        Process p = start(corpus, data, "check-index", "--json");
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
        String out = readAll(p.getInputStream());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out, err.get());
    }

    private static Process start(Path corpus, Path data, String... command) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> args = new ArrayList<>(List.of(java, "-Xmx512m", "-jar", Path.of("target/report-qa.jar").toAbsolutePath().toString()));
        args.addAll(List.of(command));
        args.addAll(List.of("--corpus", corpus.toString(), "--data", data.toString()));
        return new ProcessBuilder(args).start();
    }

    private static String readAll(java.io.InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** 200 small reports of distinct towns (two characters of {@link #TOWN_CHARS} + 镇), each a little different. */
    private static void writeReports(Path dir) throws IOException {
        Files.createDirectories(dir);
        int n = 0;
        for (int i = 0; i < TOWN_CHARS.length() && n < REPORTS; i++) {
            for (int j = 0; j < TOWN_CHARS.length() && n < REPORTS; j++) {
                if (i == j) {
                    continue;
                }
                String town = "" + TOWN_CHARS.charAt(i) + TOWN_CHARS.charAt(j) + "镇";
                Files.writeString(dir.resolve(String.format("%03d.txt", n)), report(town, n));
                n++;
            }
        }
    }

    private static String report(String town, int n) {
        StringBuilder text = new StringBuilder("重庆市璧山区" + town + "人民政府关于2024年度法治政府建设情况的报告\n"
                + "2024年,我镇坚持依法行政。\n一、主要成效\n");
        for (int s = 1; s <= 6; s++) {
            text.append("(").append("一二三四五六".charAt(s - 1)).append(")工作").append(s).append('\n')
                    .append("全年受理各类矛盾纠纷").append(100 + n).append("件,化解").append(90 + n)
                    .append("件,开展法治宣传").append(s * 3 + n).append("次,培训执法人员").append(s + n)
                    .append("人,推进严格规范公正文明执法。\n");
        }
        return text.toString();
    }
}
