package com.reportqa.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Folds traditional characters to simplified ones (東城區 → 东城区, 報告 → 报告) one character for one, so pages
 * published in traditional script are matched by simplified questions, places and metric words. For matching
 * only: paragraphs and citations keep the text as published. The table (OpenCC's, built by
 * {@code scripts/build-t2s.sh}) is a constant read once per class loader, like a compiled-in table.
 */
public final class ChineseScript {

    private static final String RESOURCE = "/text/t2s.tsv";

    private ChineseScript() {
    }

    /** The simplified form of a character, or the character itself. */
    public static char simplified(char c) {
        char s = Table.SIMPLIFIED[c];
        return s == 0 ? c : s;
    }

    /** The text with every traditional character folded; same length as the input. */
    public static String simplified(String s) {
        char[] out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char f = simplified(c);
            if (f != c) {
                if (out == null) {
                    out = s.toCharArray();
                }
                out[i] = f;
            }
        }
        return out == null ? s : new String(out);
    }

    /** Loaded on first use; immutable afterwards. */
    private static final class Table {
        static final char[] SIMPLIFIED = load();

        private static char[] load() {
            char[] table = new char[Character.MAX_VALUE + 1];
            try (InputStream in = ChineseScript.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("Missing resource " + RESOURCE);
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (line.length() == 3 && line.charAt(1) == '\t') {
                        table[line.charAt(0)] = line.charAt(2);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read " + RESOURCE, e);
            }
            return table;
        }
    }
}
