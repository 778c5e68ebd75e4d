package com.reportqa.search;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The in-process bge-small-zh model ships inside its Maven artifact: nothing is downloaded. */
@Configuration
class EmbeddingConfig {

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(name = "reportqa.search.dense", havingValue = "true")
    EmbeddingModel embeddingModel() {
        return new BgeSmallZhV15QuantizedEmbeddingModel();
    }

    @Bean
    com.reportqa.lexicon.Synonyms synonyms() {
        return new com.reportqa.lexicon.Synonyms();
    }
}
