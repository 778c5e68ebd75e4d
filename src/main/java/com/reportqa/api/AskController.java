package com.reportqa.api;

import com.reportqa.answer.Answer;
import com.reportqa.answer.AnswerService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Questions in, answers (the contract in README) out. */
@RestController
@RequestMapping("/api")
@Tag(name = "问答")
class AskController {

    private final AnswerService answers;

    AskController(AnswerService answers) {
        this.answers = answers;
    }

    @PostMapping("/ask")
    @Operation(summary = "提问：返回带段落引用的回答",
            description = "请求体 {\"question\": \"…\", \"conversationId\": \"…\"（可选，用于追问）}。"
                    + "问题为空或超过 2000 字时返回 HTTP 400。")
    Answer ask(@RequestBody AskRequest request) {
        return answers.ask(request.question(), request.conversationId());
    }
}
