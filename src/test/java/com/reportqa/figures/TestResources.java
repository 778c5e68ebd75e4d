package com.reportqa.figures;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads UTF-8 test resources from the classpath. */
final class TestResources {

    private TestResources() {
    }

    static String read(String path) {
        try (InputStream in = TestResources.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> lines(String path) {
        return read(path).lines().toList();
    }

    /** Runs the extractor line by line, the way the product feeds paragraphs. */
    static List<FigureMention> extractLines(FigureExtractor extractor, String path) {
        List<FigureMention> all = new ArrayList<>();
        for (String line : lines(path)) {
            all.addAll(extractor.extract(line));
        }
        return all;
    }
}
