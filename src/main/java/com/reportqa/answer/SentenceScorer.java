package com.reportqa.answer;

import com.reportqa.ingest.Report;
import com.reportqa.lexicon.Synonyms;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * How much of a question's content a sentence covers: the question's words (smartcn), each weighted by
 * its rarity among the corpus paragraphs (IDF), counted as covered when the sentence contains the word or
 * one of its synonyms. 法治政府建设 is everywhere and says little; 律师事务所 is rare and decisive. This
 * coverage is what tells an answerable question from one the reports do not answer; raw search scores
 * cannot.
 */
final class SentenceScorer {

    static final int IDF_SAMPLE = 20_000;

    private final Analyzer analyzer = new SmartChineseAnalyzer();
    private final Synonyms synonyms;
    private final List<String> paragraphs;
    private final Map<String, Double> idfCache = new ConcurrentHashMap<>();
    /** Lexicon terms a question wrote that smartcn cut in pieces, with the weight of those pieces. */
    private final Map<String, Double> wholeWeights = new ConcurrentHashMap<>();

    SentenceScorer(List<Report> reports, Synonyms synonyms) {
        this.synonyms = synonyms;
        this.paragraphs = sample(reports.stream().flatMap(r -> r.paragraphs().stream()).map(p -> p.text()).toList());
    }

    /**
     * Every paragraph up to {@link #IDF_SAMPLE}; beyond, an evenly spaced sample of that size. A word's rarity
     * is a ratio, which a sample of 20,000 paragraphs estimates well, while scanning 300,000 paragraphs for each
     * new word would cost a question tens of milliseconds.
     */
    static List<String> sample(List<String> all) {
        if (all.size() <= IDF_SAMPLE) {
            return all;
        }
        double step = all.size() / (double) IDF_SAMPLE;
        List<String> sample = new ArrayList<>(IDF_SAMPLE);
        for (int i = 0; i < IDF_SAMPLE; i++) {
            sample.add(all.get((int) (i * step)));
        }
        return sample;
    }

    /**
     * The content words of a question: smartcn words of two characters or more; quoted terms (“三官两员”)
     * whole; and runs of single characters smartcn could not group (解纷), which are usually rare terms.
     */
    Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        // “一中心……”: a name quoted by its opening is searched by that opening
        var quoted = Pattern.compile("[“\"「『]([^”\"」』…]{2,12})(?:…+|\\.{3,})?[”\"」』]").matcher(text);
        while (quoted.find()) {
            words.add(quoted.group(1));
        }
        try (TokenStream ts = analyzer.tokenStream("q", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            var offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            StringBuilder run = new StringBuilder();
            int runEnd = -1;
            String lastWord = null;
            int lastWordEnd = -1;
            while (ts.incrementToken()) {
                String w = term.toString();
                boolean han = w.codePoints().allMatch(Character::isIdeographic);
                if (lastWord != null && run.isEmpty() && offset.startOffset() == lastWordEnd
                        && PLACE_SUFFIX.matcher(w).matches()) {
                    // 调解|室: smartcn splits off the head of a compound; 调解室 is the thing asked about
                    words.remove(lastWord);
                    words.add(lastWord + w);
                    lastWord = null;
                    continue;
                }
                lastWord = null;
                if (w.length() == 1 && han && (run.isEmpty() || offset.startOffset() == runEnd)) {
                    run.append(w);
                    runEnd = offset.endOffset();
                    continue;
                }
                flush(run, words);
                if (w.length() == 1 && han) {
                    run.append(w);
                    runEnd = offset.endOffset();
                } else if (w.length() >= 2 && han) {
                    words.add(w);
                    lastWord = w;
                    lastWordEnd = offset.endOffset();
                }
            }
            flush(run, words);
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return wholeSynonyms(text, uncrossed(text, words));
    }

    /**
     * 社区书记述法 → 社区|书|记述|法: a word smartcn cut across a lexicon term (记述 across 述法) is no word of the
     * question; the term it cut is.
     */
    private Set<String> uncrossed(String text, Set<String> words) {
        Set<String> out = new LinkedHashSet<>(words);
        for (int i = 0; i < text.length(); i++) {
            String term = synonyms.longestAt(text, i);
            if (term == null || out.contains(term)) {
                continue;
            }
            int from = i;
            int to = i + term.length();
            List<String> crossing = out.stream().filter(w -> {
                int at = text.indexOf(w);
                int end = at + w.length();
                return at >= 0 && at < to && end > from && (at < from && end < to || at > from && end > to);
            }).toList();
            if (!crossing.isEmpty()) {
                out.removeAll(crossing);
                out.add(term);
            }
        }
        return out;
    }

    /**
     * A lexicon term smartcn cut in pieces (行政官司 → 行政|官司) is one word: only whole does it reach its
     * synonyms (行政应诉), and its pieces alone would count sentences about any 行政 as covering it.
     */
    private Set<String> wholeSynonyms(String text, Set<String> words) {
        Set<String> out = new LinkedHashSet<>(words);
        for (int i = 0; i < text.length(); i++) {
            String term = synonyms.longestAt(text, i);
            if (term == null || term.length() < MIN_WHOLE_TERM || out.contains(term)) {
                continue;
            }
            List<String> pieces = out.stream().filter(w -> term.contains(w) && !w.equals(term)).toList();
            if (pieces.isEmpty()) {
                continue;
            }
            out.removeAll(pieces);
            out.add(term);
            // the term weighs what its pieces did: a question says as much with 法律顾问 as with 法律 and 顾问
            double weight = pieces.stream().mapToDouble(this::weight).sum();
            wholeWeights.merge(term, weight, Math::max);
            i += term.length() - 1;
        }
        return out;
    }

    private static final int MIN_WHOLE_TERM = 3;

    /** One-character heads naming a place or body that smartcn leaves apart from the word before: 调解室, 服务站. */
    private static final Pattern PLACE_SUFFIX = Pattern.compile("[室站栏庭馆厅队]");

    private static void flush(StringBuilder run, Set<String> words) {
        if (run.length() >= 2) {
            words.add(run.toString());
        }
        run.setLength(0);
    }

    double weight(String word) {
        Double whole = wholeWeights.get(word);
        return whole != null ? whole : idf(word);
    }

    private double idf(String word) {
        return idfCache.computeIfAbsent(word, w -> {
            Set<String> forms = synonyms.of(w);
            long df = paragraphs.stream().filter(p -> forms.stream().anyMatch(p::contains)).count();
            // a word no paragraph uses still counts, as much as the rarest word that does
            return Math.log(1.0 + paragraphs.size() / (double) Math.max(df, 1));
        });
    }

    /** Share of the question's (IDF-weighted) words that the text contains, 0..1. */
    double coverage(Set<String> question, String text) {
        double total = 0;
        double hit = 0;
        for (String w : question) {
            double weight = weight(w);
            total += weight;
            if (synonyms.of(w).stream().anyMatch(text::contains)) {
                hit += weight;
            }
        }
        return total == 0 ? 0 : hit / total;
    }
}
