package com.reportqa.answer;

import com.reportqa.ingest.Report;
import com.reportqa.question.MetadataField;
import com.reportqa.question.Question;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Questions about the report itself (发布日期, 发文机关, 文号), answered from its metadata and the lines that
 * state them, each cited; a report that does not state it is said to, never guessed.
 */
@Component
class MetadataAnswerer implements Answerer {

    private static final Map<MetadataField, String> NAMES = Map.of(MetadataField.PUBLISHED, "发布日期",
            MetadataField.SIGNED, "落款日期", MetadataField.ISSUER, "发布单位", MetadataField.DOCUMENT_NUMBER, "文件文号",
            MetadataField.INDEX_NUMBER, "信息索引号", MetadataField.SIGNER, "落款单位", MetadataField.ADDRESSEE, "报送对象（主送机关）",
            MetadataField.TITLE, "标题");

    private static final Pattern OWN_NUMBER = Pattern.compile(
            "(本身|自身|自己)的?\\S{0,4}(文号|字号|发文号)|(这份|此份|该)(年度)?报告的?(发文字号|文号|发文号)");

    private final ReportMetadata metadata = new ReportMetadata();

    @Override
    public Optional<Answer> answer(Question q) {
        return Optional.of(answerOf(q));
    }

    private Answer answerOf(Question q) {
        List<MetadataField> fields = MetadataField.allAsked(q.text());
        List<Report> reports = q.scope().stream()
                .sorted(Comparator.comparing(Report::year).reversed().thenComparing(r -> r.place().display()))
                .toList();
        if (fields.size() < 2) {
            return answerOf(q, fields.isEmpty() ? MetadataField.PUBLISHED : fields.get(0), reports, new Citations());
        }
        // 啥时候发的？来源是哪个单位？: each field answered in turn, one list of citations
        Citations citations = new Citations();
        List<String> parts = new ArrayList<>();
        boolean anyStated = false;
        for (MetadataField field : fields) {
            Answer part = answerOf(q, field, reports, citations);
            anyStated |= part.mode() != Mode.NO_ANSWER;
            parts.add(part.answer());
        }
        Mode mode = anyStated ? Mode.EXTRACTIVE : Mode.NO_ANSWER;
        return new Answer(null, q.text(), String.join("\n", parts), mode, anyStated ? citations.list() : List.of(),
                List.of(), null, null, null);
    }

    private Answer answerOf(Question q, MetadataField field, List<Report> reports, Citations citations) {
        String name = NAMES.get(field);
        String title = field == MetadataField.DOCUMENT_NUMBER ? titleAsked(q.text()) : null;
        // 报告本身的文号: a number in the text belongs to a document the report cites, not to the report
        boolean own = field == MetadataField.DOCUMENT_NUMBER && OWN_NUMBER.matcher(q.text()).find();
        StringBuilder text = new StringBuilder();
        int stated = 0;
        for (Report r : reports) {
            List<ReportMetadata.Value> values = metadata.of(field, r).stream()
                    .filter(v -> title == null || v.text().contains(title))
                    .filter(v -> !own || !v.paragraph().content()).toList();
            stated += values.isEmpty() ? 0 : 1;
            text.append(reports.size() == 1 ? r.shortLabel() + "报告的" + name + "：" : "- " + r.shortLabel() + "报告：");
            if (values.isEmpty()) {
                text.append("报告中没有写明").append(name);
            }
            for (int i = 0; i < values.size(); i++) {
                ReportMetadata.Value v = values.get(i);
                int n = citations.cite(r, v.paragraph(), v.quote());
                text.append(i == 0 ? "" : "；").append(v.text()).append("[").append(n).append("]");
            }
            text.append(reports.size() == 1 ? "。" : "\n");
        }
        if (field == MetadataField.DOCUMENT_NUMBER && reports.size() == 1 && stated == 1) {
            Optional<Answer> serial = serialAsked(q, reports.get(0), metadata.of(field, reports.get(0)).stream()
                    .filter(v -> title == null || v.text().contains(title)).toList());
            if (serial.isPresent()) {
                return serial.get();
            }
        }
        if (stated == 0) {
            Report only = reports.get(0);
            String scope = reports.size() == 1 ? "（已查阅" + only.place().displayOrPending() + only.yearLabel() + "报告）"
                    : "（已查阅 " + reports.size() + " 份报告）";
            String what = own ? "报告本身的文号" : (title == null ? "" : "《" + title + "》的") + name;
            return new Answer(null, q.text(), "报告中没有写明" + what + scope + (own ? "；正文中的文号属于它引用的文件" : "")
                    + "。", Mode.NO_ANSWER, List.of(), List.of(), null, null, null);
        }
        return new Answer(null, q.text(), text.toString().strip(), Mode.EXTRACTIVE, citations.list(), List.of(), null,
                null, null);
    }

    /** 璧山府办发〔2024〕几号: the serial number of a document number is asked, a figure. */
    private static final Pattern SERIAL_ASKED = Pattern.compile(
            "([^，,。？?\\s]{0,12}?[〔\\[（(]\\d{4}[〕\\]）)])?\\s*第?(?:几|多少)号");
    private static final Pattern SERIAL = Pattern.compile("[〔\\[（(](\\d{4})[〕\\]）)]\\s*第?(\\d{1,5})\\s*号");

    /** The serial of the document number the question spells out up to 几号, cited; empty when not asked so. */
    private Optional<Answer> serialAsked(Question q, Report r, List<ReportMetadata.Value> values) {
        var asked = SERIAL_ASKED.matcher(q.text());
        if (!asked.find()) {
            return Optional.empty();
        }
        // 文号是璧山府办发〔2024〕几号: the number as far as the question spells it, not the words asking
        String prefix = asked.group(1) == null ? ""
                : brackets(asked.group(1)).replaceFirst("^.*(?:文号|字号|是|为|[：:])", "");
        for (ReportMetadata.Value v : values) {
            var m = SERIAL.matcher(v.text());
            while (m.find()) {
                if (!brackets(v.text().substring(0, m.end())).contains(prefix)) {
                    continue;
                }
                Citations citations = new Citations();
                int n = citations.cite(r, v.paragraph(), v.quote());
                String raw = m.group(2) + "号";
                String text = "**" + raw + "**（" + (prefix.isEmpty() ? m.group() : prefix + raw) + "）。"
                        + r.shortLabel() + "报告原文：" + v.text() + "[" + n + "]";
                return Optional.of(Answer.of(q.text(), text, Mode.NUMERIC, citations.list(), List.of(new AnswerFigure(
                        new BigDecimal(m.group(2)), "号", null, raw, "文号", r.place().display(), r.year(), n))));
            }
        }
        return Optional.empty();
    }

    /** 〔2024〕 however its brackets are typed. */
    private static String brackets(String text) {
        return text.replaceAll("[（(\\[]", "〔").replaceAll("[）)\\]]", "〕");
    }

    /** 《…》文号是什么: only that document's number is asked for. */
    private static String titleAsked(String question) {
        var m = Pattern.compile("《([^《》]{2,60})》").matcher(question);
        return m.find() ? m.group(1) : null;
    }
}
