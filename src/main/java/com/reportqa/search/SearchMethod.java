package com.reportqa.search;

/** How paragraphs are found: words and bigrams (BM25), bge-small-zh vectors, or both fused by rank. */
public enum SearchMethod {
    LEXICAL, DENSE, HYBRID
}
