package com.reportqa.divisions;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One national list for the whole app: ingestion and question understanding share it. */
@Configuration(proxyBeanMethods = false)
class DivisionsConfig {

    @Bean
    Divisions divisions() {
        return Divisions.load();
    }
}
