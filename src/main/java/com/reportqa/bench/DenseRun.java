package com.reportqa.bench;

import com.reportqa.search.ParagraphSearch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Ingest with bge-small-zh embeddings, measured on a sample (embedding every window of 10,000 reports takes
 * hours on two cores), then once more with the index deleted but the embedding cache kept: the second run
 * re-indexes everything and must compute no embedding at all.
 *
 * @param seconds    start-up of the sample with a fresh data folder (model load included)
 * @param computed   embeddings computed by that run
 * @param recomputed embeddings computed by the re-run
 */
record DenseRun(int reports, double megabytes, double seconds, long computed, long recomputed) {

    static DenseRun measure(Path corpus, int sample, Path dir) throws IOException {
        ScaleBench.deleteTree(dir);
        Path sampleCorpus = Files.createDirectories(dir.resolve("corpus"));
        List<Path> files;
        try (Stream<Path> list = Files.list(corpus)) {
            files = list.filter(Files::isRegularFile).sorted().limit(sample).toList();
        }
        long bytes = 0;
        for (Path f : files) {
            Files.copy(f, sampleCorpus.resolve(f.getFileName()));
            bytes += Files.size(f);
        }
        Path data = dir.resolve("data");
        long t0 = System.nanoTime();
        long computed;
        try (var ctx = AppRun.start(sampleCorpus, data, true)) {
            computed = ctx.getBean(ParagraphSearch.class).embeddingsComputed();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        ScaleBench.deleteTree(data.resolve("index"));
        long recomputed;
        try (var ctx = AppRun.start(sampleCorpus, data, true)) {
            recomputed = ctx.getBean(ParagraphSearch.class).embeddingsComputed();
        }
        return new DenseRun(files.size(), bytes / 1e6, seconds, computed, recomputed);
    }

    double reportsPerSecond() {
        return reports / seconds;
    }
}
