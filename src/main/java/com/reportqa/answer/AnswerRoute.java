package com.reportqa.answer;

import static com.reportqa.question.QuestionKind.CATALOG;
import static com.reportqa.question.QuestionKind.COMPARE;
import static com.reportqa.question.QuestionKind.MENTIONS;
import static com.reportqa.question.QuestionKind.METADATA;
import static com.reportqa.question.QuestionKind.NUMERIC;

import com.reportqa.question.Question;
import com.reportqa.question.QuestionKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Which answerer answers which question: a table tried top to bottom, the first answer wins. A step names the
 * kinds of question it is for; questions no step answered (facts, lists) are answered from retrieved text,
 * by the model when one is configured. To add a question form, write its {@link Answerer} and give it a row.
 */
@Component
class AnswerRoute {

    private static final Pattern TARGET = Pattern.compile("目标|指标");

    private record Step(Set<QuestionKind> kinds, Answerer answerer) {
    }

    private final List<Step> steps;
    private final TextAnswerer text;

    /** The parameters are the answerers of the table, in its order. */
    AnswerRoute(PlaceScope places, RateAnswerer rates, RateYearsCompared rateYears, CorpusReading reading,
            CatalogAnswerer catalog,
            MentionAnswerer mentions, MetadataAnswerer metadata, YearsCompared years, AsksCompared asks, PerHeadCompared perHead,
            SharesCompared shares, PartSharesCompared partShares,
            CompareAnswerer compare, DerivedAnswerer derived,
            TotalAnswerer totals, ListedTotalAnswerer listedTotals,
            NumericAnswerer numeric, NoNumberAnswerer noNumber, TextAnswerer text) {
        this.text = text;
        Set<QuestionKind> all = EnumSet.allOf(QuestionKind.class);
        Set<QuestionKind> onePlaceForms = EnumSet.complementOf(EnumSet.of(COMPARE, CATALOG));
        this.steps = List.of(
                // a place that is shared, contradicted or absent, or no report in scope: no_answer saying which
                new Step(all, places),
                // 24年的化解率和述法里说的23年的比: one place's rate in two years, the earlier one as a later report states it
                new Step(EnumSet.of(COMPARE), rateYears),
                // 各地的办结率比一比: rates are ranked with rates, never with the counts near them
                // …网上办理的事项占全年事项的比重，哪个高: a share no report states is worked out from its counts
                // 分值比重各给了多少: a rate word no report writes may still be the percentages they state (分值占比8%)
                new Step(all, q -> rates.comparison(q).flatMap(a -> a.mode() == Mode.NO_ANSWER && q.kind() == COMPARE
                        ? shares.answer(q).or(() -> compare.answer(q, reading.current().none())
                                .filter(c -> c.mode() == Mode.NUMERIC && c.figures().stream()
                                        .allMatch(f -> "%".equals(f.unit()))))
                                .or(() -> Optional.of(a)) : Optional.of(a))),
                // 化解率和信访化解率哪个高: two measures of one place ranked, each a rate
                new Step(all, rates::withinPlace),
                // 多久召开一次, 几个“零发生”: one place's sentence of that form
                new Step(onePlaceForms, q -> reading.current().forms().answer(q)),
                new Step(EnumSet.of(CATALOG), catalog),
                new Step(EnumSet.of(MENTIONS), mentions),
                new Step(EnumSet.of(METADATA), metadata),
                // 三类处罚平均每起罚款哪类最高: averages of one place's items, worked out and ranked
                new Step(EnumSet.of(COMPARE, NUMERIC), derived::averagesCompared),
                // 企业和个体户各占百分之多少，哪个高: one place's parts each over their whole, worked out and ranked
                new Step(EnumSet.of(COMPARE, NUMERIC), partShares),
                // 2024年跟2023年比多了还是少了: one place's figure of two years, ranked, the change worked out
                new Step(EnumSet.of(COMPARE, NUMERIC), years),
                // 一网通办累计办件多少、高效办成一件事办理业务多少？哪个多: one place's measures, each of its own sentence
                new Step(EnumSet.of(COMPARE), asks),
                // 人均执法办案量哪个高: each place's count over its headcount, worked out and ranked
                new Step(EnumSet.of(COMPARE), perHead),
                // 新增的市场主体里企业占几成…哪个高, 个体户数是企业数的几倍: each place's share or ratio, worked out and ranked
                new Step(EnumSet.of(COMPARE), shares),
                new Step(EnumSet.of(COMPARE), q -> compare.answer(q, reading.current().none())),
                new Step(EnumSet.of(COMPARE), text::statedNone),
                // 化解率要是按件数自己算: worked out as asked, not the rate the report states
                new Step(EnumSet.of(NUMERIC), rates::computeAsked),
                // 企业占了多大比例, 平均每起罚了多少: worked out from two figures of one sentence, before any one
                // of them could be taken for the answer
                new Step(EnumSet.of(NUMERIC), derived),
                // 合计多少？简易程序和一般程序各多少？: the total the report states or the parts' sum, never a part
                new Step(EnumSet.of(NUMERIC), totals),
                // 一共几个人宣誓 over 1名…、7名…以及1名…: the items added up, never one item taken for the whole;
                // 宣誓的是哪几类人、各几个 lists the same items with their counts
                new Step(EnumSet.of(NUMERIC), listedTotals),
                new Step(EnumSet.of(NUMERIC), numeric),
                // 定的推广使用率目标是多少: a target not met in the year's work is one the plan sets
                new Step(EnumSet.of(NUMERIC), q -> TARGET.matcher(q.text()).find() && !q.future()
                        ? numeric.answer(q.asPlan()) : Optional.empty()),
                // 化解率 stated nowhere: computed from the two counts the report states
                new Step(EnumSet.of(NUMERIC), rates::single),
                // 几个“零发生”, 几人宣誓？各是什么职务: counted in words when no figure answered
                new Step(EnumSet.of(NUMERIC), q -> reading.current().forms().count(q)),
                // 未颁布规范性文件: the report's own statement that there was none
                new Step(EnumSet.of(NUMERIC), q -> reading.current().none().answer(q)),
                new Step(EnumSet.of(NUMERIC), noNumber));
    }

    /**
     * @param onToken  receives a model's tokens as they come
     * @param useModel false for previews (example questions, charts) that must not wait for a model
     */
    Answer answer(Question q, Consumer<String> onToken, boolean useModel) {
        Answer a = routed(q, onToken, useModel);
        // 健龙镇和江口镇2023年…: the places answered for are not all the places named; the others are said to lack the year
        if (q.missingYear() == null || q.scope().isEmpty()) {
            return a;
        }
        String missing = "报告中没有这一年度的数据：" + q.missingYear() + "。";
        return a.withNotice(a.notice() == null || a.notice().isBlank() ? missing : a.notice() + " " + missing);
    }

    private Answer routed(Question q, Consumer<String> onToken, boolean useModel) {
        for (Step step : steps) {
            if (step.kinds().contains(q.kind())) {
                Optional<Answer> answer = step.answerer().answer(q);
                if (answer.isPresent()) {
                    return answer.get();
                }
            }
        }
        return text.answer(q, onToken, useModel);
    }

    boolean modelEnabled() {
        return text.modelEnabled();
    }
}
