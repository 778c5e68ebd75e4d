package com.reportqa.answer;

import com.reportqa.ingest.Corpus;
import com.reportqa.ingest.Report;
import com.reportqa.lexicon.Synonyms;
import com.reportqa.question.Question;
import com.reportqa.question.QuestionParser;
import com.reportqa.question.QuestionText;
import com.reportqa.search.ParagraphHit;
import com.reportqa.search.ParagraphSearch;
import com.reportqa.search.ReportContentRetriever;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * The one public face of answering, called by the UI, the REST API and the CLI. Routes a question:
 * catalogue questions to the catalogue, numeric ones to the figure extractor, the rest to retrieval and
 * an extractive (or, when configured, a language-model) answer; what the reports do not say → no_answer.
 */
@Service
public class AnswerService {

    private static final int CANDIDATES = 8;

    private final Corpus corpus;
    private final ParagraphSearch search;
    private final ReportContentRetriever retriever;
    private final NumericAnswerer numeric;
    private final CompareAnswerer compare;
    private final RateAnswerer rates;
    private final CatalogAnswerer catalog;
    private final Conversations conversations;
    private final AnswerSettings settings;
    private final Synonyms synonyms;
    private final com.reportqa.figures.FigureIndex figureIndex;
    private final LlmAnswerer llm;
    private final FollowUps followUps;
    private final MentionAnswerer mentions;
    private final MetadataAnswerer metadata;
    private final com.reportqa.figures.FigureFinder finder;
    private volatile State state;

    private record State(QuestionParser parser, ExtractiveAnswerer extractive, NoneStated none, FormAnswers forms,
            java.util.concurrent.atomic.AtomicReference<List<String>> suggestions) {
    }

    AnswerService(Corpus corpus, ParagraphSearch search, ReportContentRetriever retriever, NumericAnswerer numeric,
            CompareAnswerer compare, CatalogAnswerer catalog, Conversations conversations, AnswerSettings settings,
            Synonyms synonyms, com.reportqa.figures.FigureIndex figureIndex, LlmAnswerer llm, FollowUps followUps,
            com.reportqa.figures.FigureFinder finder, MentionAnswerer mentions, MetadataAnswerer metadata,
            RateAnswerer rates) {
        this.mentions = mentions;
        this.metadata = metadata;
        this.rates = rates;
        this.followUps = followUps;
        this.retriever = retriever;
        this.finder = finder;
        this.figureIndex = figureIndex;
        this.llm = llm;
        this.corpus = corpus;
        this.search = search;
        this.numeric = numeric;
        this.compare = compare;
        this.catalog = catalog;
        this.conversations = conversations;
        this.settings = settings;
        this.synonyms = synonyms;
        corpus.subscribe(snapshot -> {
            SentenceScorer scorer = new SentenceScorer(snapshot.reports(), synonyms);
            state = new State(new QuestionParser(snapshot.reports(), corpus.divisions()), new ExtractiveAnswerer(snapshot, scorer, synonyms),
                    new NoneStated(scorer), new FormAnswers(scorer, figureIndex::of,
                            id -> snapshot.paragraphs().get(id)), new java.util.concurrent.atomic.AtomicReference<>());
        });
    }

    public Answer ask(String question) {
        return ask(question, null);
    }

    public Answer ask(String question, String conversationId) {
        return ask(question, conversationId, token -> { });
    }

    /**
     * Answers and streams the answer's text to {@code onToken} as it is produced (a model's tokens; the
     * whole text at once for extracted answers). The returned answer is final: with a model, its markers
     * may be renumbered after the grounding check, so the UI shows the returned text last.
     */
    public Answer ask(String question, String conversationId, java.util.function.Consumer<String> onToken) {
        String text = check(question);
        try {
            Conversations.Conversation conversation = conversations.open(conversationId);
            State s = state;
            Question previous = conversations.lastQuestion(conversation).orElse(null);
            Question q = s.parser().parse(text, previous);
            if (previous != null && !q.equals(s.parser().parse(text))) {
                q = followUps.standalone(text, q, conversation.id, s.parser());
            }
            // a follow-up is routed as its standalone form, but the answer shows what was asked
            Answer answer = route(q, s, onToken, llm.enabled()).withQuestion(text).withConversation(conversation.id);
            if (answer.mode() != Mode.LLM) {
                onToken.accept(answer.answer());
            }
            conversations.record(conversation, q, answer);
            return answer;
        } catch (RuntimeException e) {
            // callers log this at the top of their request; the hash says which question without quoting it
            throw new AnswerFailedException(QuestionText.hash(text), e);
        }
    }

    /** The longest an answer may take: a follow-up may need two model calls (rewrite, answer), each bounded. */
    public java.time.Duration longestAnswer() {
        return llm.timeout().multipliedBy(2).plusSeconds(30);
    }

    /**
     * The question as {@link QuestionText#clean} leaves it, if it can be asked; else
     * {@link InvalidQuestionException} with the Chinese reason. A question of only invisible characters is empty.
     * The streaming API checks before it starts a stream, so a bad question is still a plain HTTP 400.
     */
    public String check(String question) {
        String text = QuestionText.clean(question);
        if (text.isEmpty()) {
            throw new InvalidQuestionException("问题不能为空，请输入要查询的内容。");
        }
        if (text.length() > settings.maxQuestionChars()) {
            throw new InvalidQuestionException("问题过长（超过 " + settings.maxQuestionChars() + " 字），请精简后再问。");
        }
        return text;
    }

    /**
     * Example questions for an empty chat, made from the corpus and checked to be answerable; computed once
     * per corpus version.
     */
    public List<String> suggestions() {
        State s = state;
        List<String> cached = s.suggestions().get();
        if (cached == null) {
            cached = new Suggestions(text -> route(s.parser().parse(text), s, token -> { }, false))
                    .of(corpus.reports(), figureIndex::of, 5);
            s.suggestions().set(cached);
        }
        return cached;
    }

    /**
     * One metric compared across every report, as a comparison question would be answered (for charts);
     * not part of any conversation.
     */
    public Answer compareAcrossReports(String metric) {
        String text = QuestionText.clean(metric);
        if (text.isEmpty()) {
            throw new InvalidQuestionException("请输入要比较的指标，例如“受理矛盾纠纷”。");
        }
        State s = state;
        return route(s.parser().parse("各地" + text + "分别是多少？比较一下"), s, token -> { }, false);
    }

    /** The answers of a conversation so far, oldest first (for export). */
    public List<Answer> conversation(String conversationId) {
        return conversations.answers(conversationId);
    }

    public List<ReportView.Summary> reports() {
        return corpus.reports().stream().map(r -> ReportView.Summary.of(r, figureIndex.of(r).size())).toList();
    }

    public java.util.Optional<ReportView.Detail> report(String id) {
        return corpus.report(id).map(r -> new ReportView.Detail(ReportView.Summary.of(r, figureIndex.of(r).size()),
                r.paragraphs().stream().map(ReportView.ParagraphView::of).toList()));
    }

    /** Figures filtered by place (any level, substring), year and words of the metric or clause. */
    public List<ReportView.FigureRow> figures(String place, Integer year, String query) {
        return corpus.reports().stream()
                .filter(r -> place == null || place.isBlank() || r.place().display().contains(place.strip()))
                .filter(r -> year == null || r.year() == year)
                .flatMap(r -> figureIndex.of(r).stream()
                        .filter(f -> query == null || query.isBlank() || f.metric().contains(query.strip())
                                || f.clause().contains(query.strip()))
                        .map(f -> ReportView.FigureRow.of(r, f)))
                .toList();
    }

    /** How a question is understood and which figures came close: for {@code ask --explain}. */
    public String explain(String question) {
        Question q = state.parser().parse(question);
        StringBuilder sb = new StringBuilder();
        sb.append("kind=").append(q.kind()).append(" places=").append(q.places()).append(" year=").append(q.year())
                .append(" future=").append(q.future()).append(" unknown=").append(q.unknownPlaces())
                .append(" topic=").append(q.topic()).append('\n');
        sb.append("scope=").append(q.scope().stream().map(Report::label).toList()).append('\n');
        for (var ask : q.asks()) {
            sb.append("ask metric=").append(ask.metric()).append(" | context=").append(ask.context())
                    .append(" | units=").append(ask.units()).append('\n');
            for (var m : finder.near(ask, q.scope(), 6)) {
                sb.append(String.format("  %.3f %s %s metric=%s | ctx=%s%n", m.score(), m.report().place().name(),
                        m.figure().raw(), m.figure().metric(), m.figure().context()));
            }
        }
        sb.append("words=").append(state.extractive().words(q)).append('\n');
        for (var sc : state.extractive().rank(q, hits(q)).stream().limit(5).toList()) {
            sb.append(String.format("  %.3f %s %s%n", sc.score(), sc.paragraph().id(), sc.text()));
        }
        for (var m : finder.find(q.asks(), q.scope(), q.future())) {
            m.ifPresent(x -> sb.append(String.format("chosen %.3f %s [%d,%d] %s%n", x.score(), x.figure().raw(),
                    x.figure().start(), x.figure().end(), x.figure().paragraphId())));
        }
        return sb.toString();
    }

    public Question understand(String question) {
        return state.parser().parse(question);
    }

    private Answer route(Question q, State s, java.util.function.Consumer<String> onToken, boolean useModel) {
        if (!q.ambiguous().isEmpty()) {
            // never a figure merged from two places that share a name: ask which one is meant
            return noAnswer(q, "语料中有多个同名的地方：" + String.join("、", q.ambiguous()) + "。请写明所属区县后再问，例如“"
                    + q.ambiguous().get(0) + "”。");
        }
        if (!q.mismatched().isEmpty()) {
            return noAnswer(q, String.join("；", q.mismatched()) + "。请核对地名后再问。");
        }
        if (!q.unknownPlaces().isEmpty()) {
            return noAnswer(q, "语料中没有" + String.join("、", q.unknownPlaces()) + "的报告。现有报告的地方："
                    + placesInCorpus() + "。");
        }
        if (q.scope().isEmpty()) {
            return noAnswer(q, q.missingYear() != null ? "报告中没有这一年度的数据：" + q.missingYear() + "。"
                    : "语料中没有符合条件的报告。");
        }
        if (rates.compares(q)) {
            return rates.compare(q); // a rate is compared with rates, not with the counts near it
        }
        var form = s.forms().answer(q); // 多久, 几个“零发生”: answers of their own form before figures and retrieval
        if (form.isPresent()) {
            return form.get();
        }
        return switch (q.kind()) {
            case CATALOG -> catalog.answer(q);
            case MENTIONS -> mentions.answer(q);
            case METADATA -> metadata.answer(q);
            case COMPARE -> compare.answer(q, s.none()).orElseGet(() -> textual(q, s, true));
            case NUMERIC -> numeric.answer(q)
                    .or(() -> rates.single(q))
                    .or(() -> s.forms().count(q))
                    .or(() -> s.none().answer(q))
                    .orElseGet(() -> noNumber(q));
            case LIST, FACT -> textual(q, s, onToken, useModel);
        };
    }

    private Answer textual(Question q, State s, boolean fallbackFromNumbers) {
        return s.extractive().answer(q, hits(q), fallbackFromNumbers)
                .orElseGet(() -> noAnswer(q, "报告中没有找到能回答这个问题的内容" + scopeNote(q) + "。"));
    }

    /** Retrieval, then the model when one is configured, else the extractive answer. */
    private Answer textual(Question q, State s, java.util.function.Consumer<String> onToken, boolean useModel) {
        List<ParagraphHit> hits = hits(q);
        var extractive = s.extractive().answer(q, hits, false);
        if (extractive.isEmpty()) {
            // nothing relevant enough: the model is not asked to make something up
            return noAnswer(q, "报告中没有找到能回答这个问题的内容" + scopeNote(q) + "。");
        }
        if (OrdinalAsk.unanswered(q, extractive.get())) {
            return noAnswer(q, "报告中没有写明是第几" + scopeNote(q) + "。");
        }
        if (!useModel) {
            return extractive.get();
        }
        try {
            return llm.answer(q, hits.subList(0, Math.min(hits.size(), search.defaultTopK())), onToken);
        } catch (com.reportqa.llm.LlmUnavailableException e) {
            org.slf4j.LoggerFactory.getLogger(AnswerService.class).warn("Model unavailable: {}", e.getMessage());
            Answer a = extractive.get();
            return new Answer(a.id(), a.question(), a.answer(), a.mode(), a.citations(), a.figures(), a.grounded(),
                    LlmAnswerer.UNAVAILABLE, a.conversationId());
        }
    }

    /** Through LangChain4j's ContentRetriever, the question's reports as the query's filter. */
    private List<ParagraphHit> hits(Question q) {
        if (q.text().isBlank()) {
            // LangChain4j's Query refuses blank text; a follow-up made only of carried-over slots can be blank
            return List.of();
        }
        var ids = q.scope().stream().map(Report::id).collect(Collectors.toSet());
        return retriever.retrieve(ReportContentRetriever.query(q.text(), ids, CANDIDATES)).stream()
                .map(ReportContentRetriever::hit).toList();
    }

    private Answer noNumber(Question q) {
        String metric = q.asks().isEmpty() ? q.topic() : q.asks().get(0).metric();
        return noAnswer(q, "报告中没有写明" + scopeNote(q) + "“" + metric.replace(" ", "") + "”的数字。");
    }

    private String scopeNote(Question q) {
        if (q.scope().size() == 1) {
            Report r = q.scope().get(0);
            return "（已查阅" + r.place().displayOrPending() + r.yearLabel() + "报告" + (q.future() ? "中的下一年工作安排" : "") + "）";
        }
        return q.scope().size() < corpus.reports().size() ? "（已查阅 " + q.scope().size() + " 份报告）" : "";
    }

    private String placesInCorpus() {
        return corpus.reports().stream().map(r -> r.place().displayOrPending() + "（" + r.yearLabel() + "）").distinct()
                .collect(Collectors.joining("、"));
    }

    private static Answer noAnswer(Question q, String message) {
        return new Answer(null, q.text(), message, Mode.NO_ANSWER, List.of(), List.of(), null, null, null);
    }
}
