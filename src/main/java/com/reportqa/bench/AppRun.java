package com.reportqa.bench;

import com.reportqa.Application;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts report-qa on a corpus: in this JVM (to measure it from inside) or as a fresh JVM (to time a start). */
final class AppRun {

    private AppRun() {
    }

    static ConfigurableApplicationContext start(Path corpus, Path data, boolean dense) {
        return new SpringApplicationBuilder(Application.class).web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .properties("spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                        + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration,"
                        + "com.vaadin.flow.spring.VaadinScopesConfig")
                .run("--reportqa.corpus.dir=" + corpus, "--reportqa.search.data-dir=" + data,
                        "--reportqa.search.dense=" + dense, "--logging.level.com.reportqa=WARN");
    }

    /**
     * The faster of two warm starts, each begun once this JVM has settled: right after an ingest its garbage
     * collector and compiler threads still run, and on two cores they slow the child by a second or more.
     */
    static double bestFreshJvmSeconds(Path corpus, Path data) throws IOException, InterruptedException {
        double best = Double.MAX_VALUE;
        for (int run = 0; run < 2; run++) {
            heapAfterGcMb();
            Thread.sleep(SETTLE_MILLIS);
            best = Math.min(best, freshJvmSeconds(corpus, data));
        }
        return best;
    }

    private static final long SETTLE_MILLIS = 2000;

    /**
     * Wall-clock seconds of {@code reports} in a new JVM on this corpus and data folder: JVM start, Spring,
     * reading the corpus, opening (or building) the index, printing, exit.
     */
    static double freshJvmSeconds(Path corpus, Path data) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        String classpath = System.getProperty("java.class.path");
        List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED"));
        if (classpath.endsWith(".jar") && !classpath.contains(File.pathSeparator)) {
            command.addAll(List.of("-jar", classpath));
        } else {
            command.addAll(List.of("-cp", classpath, Application.class.getName()));
        }
        command.addAll(List.of("reports", "--corpus", corpus.toString(), "--data", data.toString(),
                "--reportqa.search.dense=false"));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int exit = p.waitFor();
        if (exit != 0) {
            throw new IOException("report-qa exited with " + exit + " on " + corpus);
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Used heap after a full collection, in MB. */
    static double heapAfterGcMb() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return (rt.totalMemory() - rt.freeMemory()) / 1e6;
    }
}
