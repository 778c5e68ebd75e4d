package com.reportqa.answer;

import com.reportqa.ingest.Report;
import com.reportqa.question.Question;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** "Which reports do you have": answered from the catalogue, each report cited by its title. */
@Component
class CatalogAnswerer implements Answerer {

    @Override
    public Optional<Answer> answer(Question q) {
        return Optional.of(answerOf(q));
    }

    private Answer answerOf(Question q) {
        Citations citations = new Citations();
        StringBuilder text = new StringBuilder();
        var reports = q.scope().stream()
                .sorted(Comparator.comparing(Report::year).reversed().thenComparing(r -> r.place().display()))
                .toList();
        String scope = q.year() != null ? q.year() + "年度的" : "";
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
