package com.reportqa.api;

import com.reportqa.answer.Answer;
import com.reportqa.answer.AnswerService;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Questions in, answers (the contract in README) out. */
@RestController
@RequestMapping("/api")
class AskController {

    private final AnswerService answers;

    AskController(AnswerService answers) {
        this.answers = answers;
    }

    @PostMapping("/ask")
    Answer ask(@RequestBody AskRequest request) {
        return answers.ask(request.question(), request.conversationId());
    }
}
