package com.reportqa.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Loads the five real reports copied to src/test/resources/corpus. */
final class CorpusFiles {

    static final List<String> NAMES = List.of(
            "000_a11ebd4c0f3e8d67.txt",
            "001_6563e301bb6d0049.txt",
            "002_9bc7d885d2e118ff.txt",
            "003_3ba48369459b5a14.txt",
            "004_439855eb73e9025e.txt");

    private CorpusFiles() {
    }

    static String read(String name) {
        try (InputStream in = CorpusFiles.class.getResourceAsStream("/corpus/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "000_a11ebd4c0f3e8d67.txt" → "000_a11ebd4c0f3e8d67": the report id used in paragraph ids. */
    static String reportId(String name) {
        return name.substring(0, name.length() - ".txt".length());
    }
}
