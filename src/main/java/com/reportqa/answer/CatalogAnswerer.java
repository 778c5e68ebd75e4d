package com.reportqa.answer;

import com.reportqa.ingest.Report;
import com.reportqa.question.IssuedBy;
import com.reportqa.question.Question;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * "Which reports do you have": answered from the catalogue, each report cited by its title; 哪几份是县司法局出的
 * lists only the reports of that issuer.
 */
@Component
class CatalogAnswerer implements Answerer {

    @Override
    public Optional<Answer> answer(Question q) {
        return Optional.of(answerOf(q));
    }

    private Answer answerOf(Question q) {
        Citations citations = new Citations();
        StringBuilder text = new StringBuilder();
        Optional<String> body = IssuedBy.of(q.text());
        var reports = q.scope().stream()
                .filter(r -> body.isEmpty() || IssuedBy.issued(r.issuer(), body.get()))
                .sorted(Comparator.comparing(Report::year).reversed().thenComparing(r -> r.place().display()))
                .toList();
        String scope = q.year() != null ? q.year() + "年度的" : "";
        if (body.isPresent() && reports.isEmpty()) {
            return new Answer(null, q.text(), "语料中的 " + q.scope().size() + " 份" + scope + "报告都不是" + body.get()
                    + "发布的。", Mode.NO_ANSWER, List.of(), List.of(), null, null, null);
        }
        if (body.isPresent()) {
            text.append("语料中的 ").append(q.scope().size()).append(" 份").append(scope).append("报告里，有 ")
                    .append(reports.size()).append(" 份是").append(body.get()).append("发布的：\n");
            for (Report r : reports) {
                int n = citations.cite(r, r.paragraphs().get(0), r.issuer());
                text.append("- ").append(r.issuer()).append("（").append(r.place().display()).append("，")
                        .append(r.yearLabel()).append("）")
                        .append(r.title() == null || r.title().isBlank() ? "" : "：" + r.title())
                        .append("[").append(n).append("]\n");
            }
            long unstated = q.scope().stream().filter(r -> r.issuer() == null || r.issuer().isBlank()).count();
            if (unstated > 0) {
                text.append("\n另有 ").append(unstated).append(" 份报告没有写明发布单位，未计入。");
            }
            return new Answer(null, q.text(), text.toString().strip(), Mode.EXTRACTIVE, citations.list(),
                    List.of(), null, null, null);
        }
        text.append("语料中共有 ").append(reports.size()).append(" 份").append(scope).append("法治政府建设报告：\n");
        for (Report r : reports) {
            int n = citations.cite(r, r.paragraphs().get(0), r.titleOrPending());
            text.append("- ").append(r.place().name()).append("（").append(r.place().display()).append("，")
                    .append(r.yearLabel()).append("）：").append(r.titleOrPending()).append("[").append(n).append("]\n");
        }
        return new Answer(null, q.text(), text.toString().strip(), Mode.EXTRACTIVE, citations.list(),
                List.of(), null, null, null);
    }
}
