package com.reportqa.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title and description of the OpenAPI document served at /v3/api-docs (and Swagger UI). */
@Configuration
class OpenApiConfig {

    @Bean
    OpenAPI reportQaApi() {
        return new OpenAPI().info(new Info().title("法治报告问答 API").version("0.1")
                .description("就各地法治政府建设年度报告提问，回答中的每一处陈述都标注所依据的报告段落，数字与原文一致。"));
    }
}
