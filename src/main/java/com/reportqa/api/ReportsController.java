package com.reportqa.api;

import com.reportqa.answer.AnswerService;
import com.reportqa.answer.ReportView;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The corpus as JSON: reports, one report with its paragraphs, and the extracted figures. */
@RestController
@RequestMapping("/api")
class ReportsController {

    private final AnswerService answers;

    ReportsController(AnswerService answers) {
        this.answers = answers;
    }

    @GetMapping("/reports")
    List<ReportView.Summary> reports() {
        return answers.reports();
    }

    @GetMapping("/reports/{id}")
    ReportView.Detail report(@PathVariable String id) {
        return answers.report(id).orElseThrow(() -> new NotFoundException("没有编号为 " + id + " 的报告。"));
    }

    @GetMapping("/figures")
    List<ReportView.FigureRow> figures(@RequestParam(required = false) String place,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) String q) {
        return answers.figures(place, year, q);
    }
}
