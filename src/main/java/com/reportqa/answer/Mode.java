package com.reportqa.answer;

import com.fasterxml.jackson.annotation.JsonValue;

/** How an answer was made; the JSON names are part of the answer contract. */
public enum Mode {
    NUMERIC("numeric", "数字提取"),
    EXTRACTIVE("extractive", "原文摘录"),
    LLM("llm", "大模型"),
    NO_ANSWER("no_answer", "未找到"),
    /** Never from answering itself: a line of {@code ask --batch} whose question was invalid or failed. */
    ERROR("error", "出错");

    private final String json;
    private final String label;

    Mode(String json, String label) {
        this.json = json;
        this.label = label;
    }

    @JsonValue
    public String json() {
        return json;
    }

    /** The Chinese badge shown in the chat. */
    public String label() {
        return label;
    }
}
