package com.reportqa.figures;

import com.reportqa.lexicon.Synonyms;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Reduces a metric phrase to comparable character bigrams, with synonyms folded to one form first
 * (来信来访 → 信访, 调解成功 → 化解). A synonym is only folded where it starts and ends on a word boundary
 * (smartcn), so 协调解决 is not mistaken for 调解.
 */
final class MetricText {

    /** Words that qualify any metric and so tell none apart. */
    private static final List<String> NOISE = List.of("各类", "各项", "全年", "累计", "共计", "合计", "其中", "总计",
            "一共", "全部", "均", "已", "的", "了", "共", "达", "为");

    private final Synonyms synonyms;
    private final Analyzer analyzer = new SmartChineseAnalyzer(CharArraySet.EMPTY_SET);

    MetricText(Synonyms synonyms) {
        this.synonyms = synonyms;
    }

    String fold(String text) {
        boolean[] boundary = boundaries(text);
        StringBuilder sb = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            String match = boundary[i] ? synonyms.longestAt(text, i) : null;
            if (match != null && boundary[i + match.length()]) {
                sb.append(synonyms.canonical(match));
                i += match.length();
            } else {
                sb.append(text.charAt(i++));
            }
        }
        String out = sb.toString();
        for (String noise : NOISE) {
            out = out.replace(noise, " ");
        }
        return out;
    }

    private boolean[] boundaries(String text) {
        boolean[] b = new boolean[text.length() + 1];
        b[0] = true;
        b[text.length()] = true;
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isIdeographic(text.charAt(i))) {
                b[i] = true;
                b[i + 1] = true;
            }
        }
        try (TokenStream ts = analyzer.tokenStream("m", text)) {
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                b[Math.min(offset.startOffset(), text.length())] = true;
                b[Math.min(offset.endOffset(), text.length())] = true;
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b;
    }

    Set<String> bigrams(String text) {
        String folded = fold(text);
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 1 < folded.length(); i++) {
            char a = folded.charAt(i);
            char b = folded.charAt(i + 1);
            if (Character.isIdeographic(a) && Character.isIdeographic(b)) {
                grams.add("" + a + b);
            }
        }
        return grams;
    }
}
