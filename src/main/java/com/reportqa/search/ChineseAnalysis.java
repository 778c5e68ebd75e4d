package com.reportqa.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Two views of the same text: smartcn words, which match whole terms, and CJK character bigrams,
 * which still match when the question words a thing differently from the report or smartcn splits a
 * rare term. Both read traditional characters as simplified ones. Indexing and querying use this one analyzer.
 */
final class ChineseAnalysis {

    static final String WORDS = "words";
    static final String GRAMS = "grams";

    private ChineseAnalysis() {
    }

    static Analyzer analyzer() {
        Analyzer words = new SmartChineseAnalyzer(SmartChineseAnalyzer.getDefaultStopSet());
        Analyzer grams = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new CJKWidthFilter(source);
                stream = new LowerCaseFilter(stream);
                stream = new CJKBigramFilter(stream);
                return new TokenStreamComponents(source, stream);
            }
        };
        Analyzer perField = new PerFieldAnalyzerWrapper(words, Map.of(WORDS, words, GRAMS, grams));
        return new AnalyzerWrapper(perField.getReuseStrategy()) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return perField;
            }

            @Override
            protected Reader wrapReader(String fieldName, Reader reader) {
                return new SimplifiedCharFilter(reader);
            }
        };
    }

    /** The terms the analyzer makes of {@code text} for {@code field}, in order. */
    static List<String> terms(Analyzer analyzer, String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
