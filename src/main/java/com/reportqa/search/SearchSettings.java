package com.reportqa.search;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param dataDir     runtime state: the Lucene index and the embedding cache
 * @param topK        paragraphs handed to answering
 * @param dense       whether paragraphs get bge-small-zh embeddings (hybrid search) or lexical only
 * @param windowChars the size of the sentence windows that are indexed
 * @param method      how answers retrieve paragraphs: lexical, dense or hybrid
 * @param denseWeight the weight of the dense ranking in hybrid fusion (lexical is 1)
 */
@ConfigurationProperties("reportqa.search")
record SearchSettings(@DefaultValue("./data") Path dataDir, @DefaultValue("6") int topK,
        @DefaultValue("false") boolean dense, @DefaultValue("240") int windowChars,
        @DefaultValue("lexical") SearchMethod method, @DefaultValue("0.5") double denseWeight) {
}
