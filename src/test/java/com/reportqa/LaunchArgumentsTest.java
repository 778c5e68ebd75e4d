package com.reportqa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LaunchArgumentsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--llm ollama                          | --reportqa.llm.backend=ollama",
        "--llm=openai                          | --reportqa.llm.backend=openai",
        "--llm-base-url http://gpu:8000/v1     | --reportqa.llm.base-url=http://gpu:8000/v1",
        "--llm-model qwen2.5:7b                | --reportqa.llm.model=qwen2.5:7b",
        "--reportqa.llm.timeout-seconds=10     | --reportqa.llm.timeout-seconds=10"})
    void should_map_model_options_onto_settings(String args, String property) {
        LaunchArguments launch = LaunchArguments.parse(("serve " + args).split(" "));
        assertThat(launch.command()).isEqualTo("serve");
        assertThat(launch.springArgs()).containsExactly(property);
    }
}
