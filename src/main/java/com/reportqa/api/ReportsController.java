package com.reportqa.api;

import com.reportqa.answer.AnswerService;
import com.reportqa.answer.ReportView;
import java.util.List;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The corpus as JSON: reports, one report with its paragraphs, and the extracted figures. */
@RestController
@RequestMapping("/api")
@Tag(name = "报告与数字")
class ReportsController {

    private final AnswerService answers;

    ReportsController(AnswerService answers) {
        this.answers = answers;
    }

    @GetMapping("/reports")
    @Operation(summary = "报告列表：标题、地方、年度、段落数和数字数")
    List<ReportView.Summary> reports() {
        return answers.reports();
    }

    @GetMapping("/reports/{id}")
    @Operation(summary = "单份报告：元数据和带编号的全部段落")
    ReportView.Detail report(@PathVariable String id) {
        return answers.report(id).orElseThrow(() -> new NotFoundException("没有编号为 " + id + " 的报告。"));
    }

    @GetMapping("/figures")
    @Operation(summary = "提取出的数字，可按地方、年度和指标文字筛选")
    List<ReportView.FigureRow> figures(@RequestParam(required = false) String place,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) String q) {
        return answers.figures(place, year, q);
    }
}
