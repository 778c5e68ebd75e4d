package com.reportqa.answer;

import com.reportqa.figures.Figure;
import com.reportqa.ingest.Paragraph;
import com.reportqa.ingest.Report;
import com.reportqa.question.Ask;
import com.reportqa.question.Question;
import com.reportqa.question.QuestionKind;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Questions whose answer has a form of its own, tried before the usual routing: a duration or frequency
 * (多久召开一次) and a count or list stated in words (几个“零发生”, “三个一”指的是什么). Empty when the question has
 * no such form or the report states nothing of that form, so the usual routing answers.
 */
final class FormAnswers {

    private final DurationAnswerer durations;
    private final SloganAnswerer slogans;

    private final BreakdownAnswerer breakdowns;
    private final PhraseNumberAnswerer phraseNumbers = new PhraseNumberAnswerer();

    FormAnswers(SentenceScorer scorer, Function<Report, List<Figure>> figures, Function<String, Paragraph> paragraphs) {
        this.durations = new DurationAnswerer(scorer);
        this.slogans = new SloganAnswerer(scorer);
        this.breakdowns = new BreakdownAnswerer(scorer, figures, paragraphs);
    }

    Optional<Answer> answer(Question q) {
        if (q.kind() == QuestionKind.COMPARE || q.kind() == QuestionKind.CATALOG) {
            return Optional.empty(); // one place's sentence cannot answer for several places
        }
        if (q.kind() == QuestionKind.METADATA || q.kind() == QuestionKind.MENTIONS) {
            return Optional.empty(); // 报告什么时候发布的 asks the report's date, not a period in its text
        }
        // 那几个“办”都是哪些，一共几个: a list asked with its count is answered by the count and its items
        return durations.answer(q).or(() -> slogans.answer(q, false))
                .or(() -> q.kind() == QuestionKind.LIST ? slogans.answer(q, true) : Optional.empty());
    }

    /**
     * A count stated in words (几个“零发生”), tried only after the figures found nothing: a slogan's number the
     * figures already answer (160项“双随机、一公开”任务) keeps its figure answer; and a total asked with its parts
     * (几人宣誓？各是什么职务？) when no figure is the total; and a number written into the question's words
     * (最多跑几趟 → 最多跑一次).
     */
    Optional<Answer> count(Question q) {
        return q.kind() == QuestionKind.NUMERIC ? slogans.answer(q, true).or(() -> breakdowns.answer(q))
                .or(() -> phraseNumbers.answer(q)) : Optional.empty();
    }

    /** The sentence listing the parts of this total (各类程序分别多少起, 各是什么身份), for {@link TotalAnswerer}. */
    Optional<BreakdownAnswerer.Listing> listing(Question q, Ask total) {
        return breakdowns.listing(q, total);
    }
}
