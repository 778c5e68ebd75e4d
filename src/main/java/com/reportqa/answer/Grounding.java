package com.reportqa.answer;

import com.reportqa.figures.FigureExtractor;
import com.reportqa.figures.FigureMention;
import com.reportqa.ingest.TextNormalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a model's answer against the passages it was given: markers that point at no passage are
 * removed, the rest renumbered in order of use, and every figure the answer states must be stated by a
 * passage it cites.
 */
final class Grounding {

    private static final Pattern MARKER = Pattern.compile("\\[(\\d{1,3})]");

    private final FigureExtractor extractor = new FigureExtractor();
    private final TextNormalizer normalizer = new TextNormalizer();

    /** @param text the answer with markers renumbered; {@code used} passage indexes (0-based) in marker order */
    record Checked(String text, List<Integer> used, List<String> unsupportedFigures) {
    }

    Checked check(String answer, List<String> passages) {
        Map<Integer, Integer> renumber = new LinkedHashMap<>();
        StringBuilder out = new StringBuilder();
        Matcher m = MARKER.matcher(answer);
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            String replacement = "";
            if (n >= 1 && n <= passages.size()) {
                int newN = renumber.computeIfAbsent(n - 1, k -> renumber.size() + 1);
                replacement = "[" + newN + "]";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        List<Integer> used = new ArrayList<>(renumber.keySet());
        List<String> unsupported = new ArrayList<>();
        for (FigureMention f : extractor.extract(normalizer.normalize(out.toString()))) {
            boolean supported = used.stream().map(passages::get).anyMatch(p -> states(p, f));
            if (!supported) {
                unsupported.add(f.raw());
            }
        }
        return new Checked(out.toString().strip(), used, unsupported);
    }

    private boolean states(String passage, FigureMention wanted) {
        return extractor.extract(normalizer.normalize(passage)).stream()
                .anyMatch(f -> f.value().compareTo(wanted.value()) == 0 && f.unit().equals(wanted.unit()));
    }
}
