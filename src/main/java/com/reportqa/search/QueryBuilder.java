package com.reportqa.search;

import com.reportqa.lexicon.Synonyms;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/** Builds the lexical query: smartcn words, their synonyms, and character bigrams, all OR-ed. */
final class QueryBuilder {

    /** Interrogatives and chat filler say nothing about which paragraph is meant. */
    private static final Pattern QUESTION_WORDS = Pattern.compile(
            "请问|一共|总共|分别|多少钱|多少|哪些|哪个|哪几|哪家|哪里|什么|怎么|怎样|如何|是否|有没有|有无|是谁|吗|呢|呀|吧|几|？|\\?");
    private static final float WORD_BOOST = 1.0f;
    private static final float SYNONYM_BOOST = 0.6f;
    private static final float GRAM_BOOST = 0.5f;

    private final Analyzer analyzer;
    private final Synonyms synonyms;

    QueryBuilder(Analyzer analyzer, Synonyms synonyms) {
        this.analyzer = analyzer;
        this.synonyms = synonyms;
    }

    static String strip(String question) {
        return QUESTION_WORDS.matcher(question).replaceAll(" ");
    }

    Query lexical(String question, Set<String> reportIds) {
        String text = strip(question);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        Set<String> words = new LinkedHashSet<>(terms(ChineseAnalysis.WORDS, text));
        for (String w : words) {
            b.add(new BoostQuery(new TermQuery(new Term(ChineseAnalysis.WORDS, w)), WORD_BOOST),
                    BooleanClause.Occur.SHOULD);
        }
        Set<String> extra = new LinkedHashSet<>();
        for (String alt : synonyms.alternatives(text)) {
            extra.addAll(terms(ChineseAnalysis.WORDS, alt));
        }
        extra.removeAll(words);
        for (String w : extra) {
            b.add(new BoostQuery(new TermQuery(new Term(ChineseAnalysis.WORDS, w)), SYNONYM_BOOST),
                    BooleanClause.Occur.SHOULD);
        }
        for (String g : new LinkedHashSet<>(terms(ChineseAnalysis.GRAMS, text))) {
            b.add(new BoostQuery(new TermQuery(new Term(ChineseAnalysis.GRAMS, g)), GRAM_BOOST),
                    BooleanClause.Occur.SHOULD);
        }
        b.setMinimumNumberShouldMatch(words.isEmpty() && extra.isEmpty() ? 0 : 1);
        Query filter = filter(reportIds);
        if (filter != null) {
            b.add(filter, BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    static Query filter(Set<String> reportIds) {
        if (reportIds.isEmpty()) {
            return null;
        }
        return new TermInSetQuery(ParagraphIndex.REPORT_ID, reportIds.stream().map(BytesRef::new).toList());
    }

    List<String> terms(String field, String text) {
        return ChineseAnalysis.terms(analyzer, field, text);
    }
}
