package com.reportqa.search;

import com.reportqa.lexicon.Synonyms;
import dev.langchain4j.model.embedding.EmbeddingModel;
import org.springframework.beans.BeanUtils;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.ClassUtils;

/**
 * The in-process bge-small-zh model ships inside its Maven artifact: nothing is downloaded. Only the dense
 * build ({@code -Pdense}) has that artifact, so the model is named here, not imported: the default build
 * compiles and runs without its classes.
 */
@Configuration
class EmbeddingConfig {

    static final String BGE_SMALL_ZH =
            "dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel";

    /** Whether this build has the model: the dense build does, the default one does not. */
    static boolean modelInBuild() {
        return ClassUtils.isPresent(BGE_SMALL_ZH, EmbeddingConfig.class.getClassLoader());
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(name = "reportqa.search.dense", havingValue = "true")
    @ConditionalOnClass(name = BGE_SMALL_ZH)
    EmbeddingModel embeddingModel() {
        var type = ClassUtils.resolveClassName(BGE_SMALL_ZH, EmbeddingConfig.class.getClassLoader());
        return (EmbeddingModel) BeanUtils.instantiateClass(type);
    }

    @Bean
    Synonyms synonyms() {
        return new Synonyms();
    }
}
