package com.reportqa.answer;

import com.reportqa.figures.SloganCount;
import com.reportqa.ingest.Corpus;
import com.reportqa.ingest.Paragraph;
import com.reportqa.ingest.ParagraphKind;
import com.reportqa.ingest.Report;
import com.reportqa.ingest.Sections;
import com.reportqa.lexicon.Synonyms;
import com.reportqa.question.Question;
import com.reportqa.question.QuestionKind;
import com.reportqa.search.ParagraphHit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The answer without a language model: the sentences of the found paragraphs that cover the question
 * best, verbatim, each followed by its citation, grouped by report. Nothing relevant enough → empty.
 */
final class ExtractiveAnswerer {

    static final double MIN_COVERAGE = 0.5;
    private static final Pattern NEGATION = Pattern.compile("未|没有|无|零|不存在");
    /** A question asking for a named document or scheme is answered by a sentence that names one. */
    private static final Pattern ASKS_FOR_NAME = Pattern.compile(
            "(什么|哪个|哪份|哪项|哪些|哪家|哪[几两三四五六七八九十]+)[^，,？?]{0,8}(文件|方案|制度|意见|办法|规定|通知|计划|安排|工作法|机制|模式|平台|律所|律师事务所|单位|法律|法规|条例|法)"
                    + "|叫什么|叫啥|什么名字|名称是");
    private static final double NAME_BONUS = 0.15;
    /** 讲堂叫什么名字, 推的是什么工作法: the kind of thing whose name is asked. */
    private static final Pattern NAME_KIND = Pattern.compile(
            "(\\p{IsHan}{2})(?:叫什么|叫啥|是什么名字|的名字|的名称|名称是)|什么(\\p{IsHan}{2,3})[？?]?$");
    /** A quoted name of the kind asked (“老马工作法” for 什么工作法) outweighs a heading that only shares the topic. */
    private static final double KIND_NAME_BONUS = 0.25;
    private static final Pattern QUOTED = Pattern.compile("[“\"]([^”\"]{2,20})[”\"](\\p{IsHan}{0,4})");
    /** 哪家律所, 什么公司: the answer is an organisation's name, so a sentence must name one. */
    private static final Pattern ASKS_FOR_ORGANISATION = Pattern.compile(
            "(哪家|哪一家|哪个|什么)[^，,？?]{0,4}(律所|律师事务所|事务所|公司|企业|银行|医院|学校)");
    private static final Pattern ORGANISATION = Pattern.compile("(律师事务所|事务所|公司|银行|医院|学校)");
    /**
     * 党委书记叫什么名字: the answer is a person's name, so a sentence must name someone. Not 组长是谁, which the
     * reports answer with an office (以党委书记为组长), nor 这个机制叫什么, which asks for a name of a thing.
     */
    private static final Pattern ASKS_FOR_PERSON = Pattern.compile(
            "(书记|镇长|区长|县长|市长|主任|局长|组长|所长|队长|律师|顾问|负责人|领导)[^，,？?]{0,4}(叫什么名字|姓名|姓什么|名字)");
    /**
     * A person named: a role followed by a common surname and one or two characters (党委书记王某某), or 某某同志.
     * The reports of this kind name offices, rarely people.
     */
    private static final Pattern PERSON = Pattern.compile(
            "(书记|镇长|区长|县长|市长|主任|局长|组长|所长|队长|律师|顾问)[：:]?[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯"
                    + "邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱尹薛闫段雷侯史陶黎贺顾毛郝龚邵万"
                    + "钱严覃武戴莫孔向汤][\\p{IsHan}]{1,2}(?![\\p{IsHan}]{0,1}(镇|区|县|市|乡|村|组|室|会|队|局))|\\p{IsHan}{2,3}同志");
    /** Words before an organisation noun that leave it unnamed: 聘请律师事务所的资深律师, 与律师事务所签订. */
    private static final Pattern UNNAMED_BEFORE = Pattern.compile("(聘请|委托|邀请|签订|联系|引入|依托|通过|[与和及同向由到等各或请的、，,])$");

    /** A sentence opening a listed item: 一是, 二是… or a number. */
    private static final Pattern ITEM = Pattern.compile(
            "^\\s*([一二三四五六七八九十]{1,3}是|\\d{1,2}[.、．]|[（(][一二三四五六七八九十\\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)");

    private final Corpus.CorpusSnapshot corpus;
    private final SentenceScorer scorer;
    private final Synonyms synonyms;

    ExtractiveAnswerer(Corpus.CorpusSnapshot corpus, SentenceScorer scorer, Synonyms synonyms) {
        this.corpus = corpus;
        this.scorer = scorer;
        this.synonyms = synonyms;
    }

    record Scored(Report report, Paragraph paragraph, int start, int end, double score) {
        String text() {
            return paragraph.text().substring(start, end).strip();
        }
    }

    Set<String> words(Question q) {
        return scorer.words(q.topic());
    }

    /** Sentences of the hits, best first, with their coverage of the question's topic. */
    List<Scored> rank(Question q, List<ParagraphHit> hits) {
        return rank(q, hits, q.topic());
    }

    private List<Scored> rank(Question q, List<ParagraphHit> hits, String topic) {
        Set<String> wanted = new LinkedHashSet<>(scorer.words(topic));
        // 存在的不足里第三条讲的什么: the item numbered so, wherever the words of the question stand in its paragraph
        String ordinal = ordinalAsked(q.text());
        if (ordinal != null) {
            wanted.removeIf(w -> ORDINAL_WORD.matcher(w).matches());
        }
        boolean wantsName = ASKS_FOR_NAME.matcher(q.text()).find();
        String kind = wantsName ? nameKind(q.text()) : null;
        boolean wantsOrganisation = ASKS_FOR_ORGANISATION.matcher(q.text()).find();
        boolean wantsPerson = asksForPerson(q.text());
        boolean wantsShortcomings = SHORTCOMINGS_ASKED.matcher(q.text()).find();
        List<Scored> out = new ArrayList<>();
        for (int rank = 0; rank < hits.size(); rank++) {
            ParagraphHit hit = hits.get(rank);
            Paragraph p = corpus.paragraphs().get(hit.paragraphId());
            Report r = corpus.reportOfParagraph().get(hit.paragraphId());
            if (p == null || r == null) {
                continue;
            }
            boolean plan = Sections.isPlan(r, p);
            // 存在哪几方面问题, 有啥短板: the report's own section of shortcomings answers, not a sentence that
            // happens to hold 方面 or 问题
            double sectionFactor = (q.future() == plan ? 1.0 : 0.75)
                    * (wantsShortcomings && !Sections.isShortcomings(p) ? 0.75 : 1.0);
            String heading = p.sectionPath().isEmpty() ? "" : p.sectionPath().get(p.sectionPath().size() - 1);
            // "2.助力企业发展,以“保姆式”服务帮助企业落地。为协助质正食品有限公司…": an item's first sentence heads the
            // sentences after it, up to the next item
            String lead = "";
            for (int[] span : sentences(p)) {
                int s = span[0];
                int e = span[1];
                String sentence = p.text().substring(s, e);
                double cov = Math.max(scorer.coverage(wanted, sentence),
                        0.85 * scorer.coverage(wanted, heading + lead + sentence));
                if (ordinal != null && startsItem(sentence, ordinal)) {
                    cov = Math.max(cov, scorer.coverage(wanted, heading + p.text().substring(0, e))) + ORDINAL_BONUS;
                }
                if (ITEM.matcher(sentence).find()) {
                    lead = sentence;
                }
                String raw = p.text().substring(s, e);
                if (wantsOrganisation && !namesOrganisation(raw) || wantsPerson && !namesPerson(raw)) {
                    continue;
                }
                double nameBonus = wantsName && (raw.contains("《") || raw.contains("“")) ? NAME_BONUS : 0;
                nameBonus += kind != null && namesKind(raw, kind) ? KIND_NAME_BONUS : 0;
                double score = (cov + nameBonus) * sectionFactor + 0.02 / (rank + 1);
                out.add(new Scored(r, p, s, e, score));
            }
        }
        out.sort(Comparator.comparingDouble(Scored::score).reversed());
        return out;
    }


    /** The last two characters of the kind asked (工作法 → 作法, 法治讲堂 → 讲堂), or null. */
    static String nameKind(String question) {
        Matcher m = NAME_KIND.matcher(question.strip());
        if (!m.find()) {
            return null;
        }
        String kind = m.group(1) != null ? m.group(1) : m.group(2);
        return kind.substring(kind.length() - 2);
    }

    /** A quoted name holding the kind, or followed by it (“屋场会”议事调解模式). */
    static boolean namesKind(String sentence, String kind) {
        Matcher m = QUOTED.matcher(sentence);
        while (m.find()) {
            if ((m.group(1) + m.group(2)).contains(kind)) {
                return true;
            }
        }
        return false;
    }

    /**
     * 有啥不足？原因又是啥？ / 有啥不足，原因又是啥: each later question of the message gets its own best
     * sentence of the report the first one was answered from, when the sentences chosen for the whole do not cover it.
     */
    private List<Scored> laterParts(Question q, Scored best, List<Scored> chosen) {
        String[] parts = q.topic().split("[?？，,；;]");
        List<Scored> out = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            Set<String> words = scorer.words(parts[i]);
            // a heading (二、存在的不足和原因) names the later question but does not answer it
            double covered = chosen.stream().filter(c -> c.paragraph().kind() != ParagraphKind.HEADING)
                    .mapToDouble(c -> scorer.coverage(words, c.text())).max().orElse(0);
            if (words.isEmpty() || covered >= 1.0) {
                continue;
            }
            // the later question's sentence may lie in a paragraph the search for the whole did not bring
            List<ParagraphHit> own = best.report().paragraphs().stream()
                    .map(p -> new ParagraphHit(p.id(), best.report().id(), 0, 0, p.text().length())).toList();
            rank(q, own, parts[i]).stream()
                    .filter(x -> x.report() == best.report() && x.paragraph().kind() != ParagraphKind.HEADING)
                    .filter(x -> scorer.coverage(words, x.text()) >= Math.max(PART_COVERAGE, covered + 0.01)
                            && chosen.stream().noneMatch(c -> c.text().equals(x.text())))
                    .findFirst().ifPresent(out::add);
        }
        return out;
    }

    /**
     * 有啥短板: every sentence of the shortcomings the best one stands among (一方面…另一方面…, 一是…二是…), up to the
     * next heading, not only those that share the question's few words. 明年有啥安排: the opening sentence of each
     * item of the plans (一是…, 二是…, each its own paragraph, from the section's start), whose details would bury
     * the list.
     */
    private static List<Scored> withSection(Scored best, List<Scored> chosen, boolean itemLeadsOnly) {
        List<Scored> out = new ArrayList<>(chosen);
        List<Paragraph> paragraphs = best.report().paragraphs();
        List<String> path = best.paragraph().sectionPath();
        int at = paragraphs.indexOf(best.paragraph());
        while (itemLeadsOnly && at > 0 && paragraphs.get(at - 1).sectionPath().equals(path)
                && paragraphs.get(at - 1).kind() != ParagraphKind.HEADING) {
            at--;
        }
        for (int i = at; i >= 0 && i < paragraphs.size() && out.size() < MAX_ITEMS; i++) {
            Paragraph p = paragraphs.get(i);
            if (i > at && (p.kind() == ParagraphKind.HEADING || !p.sectionPath().equals(path))) {
                break;
            }
            if (p.kind() == ParagraphKind.HEADING) {
                continue;
            }
            List<int[]> spans = sentences(p);
            if (itemLeadsOnly) {
                spans = spans.isEmpty() || !ITEM_OPENING.matcher(p.text()).lookingAt() ? List.of() : spans.subList(0, 1);
            }
            for (int[] span : spans) {
                Scored s = new Scored(best.report(), p, span[0], span[1], best.score());
                if (out.size() < MAX_ITEMS && out.stream().noneMatch(o -> o.text().equals(s.text()))) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /** Below this no sentence holds any of the question's own words: it asks nothing but the plans. */
    private static final double NOTHING_ELSE_ASKED = 0.1;

    /** The heading of the first report's plan section, scored as just good enough. */
    private static Optional<Scored> planHeading(Question q) {
        for (Report r : q.scope().subList(0, Math.min(1, q.scope().size()))) {
            for (Paragraph p : r.paragraphs()) {
                if (p.kind() == ParagraphKind.HEADING && Sections.isPlan(r, p)) {
                    return Optional.of(new Scored(r, p, 0, p.text().length(), MIN_COVERAGE));
                }
            }
        }
        return Optional.empty();
    }

    /** 一是…, （一）…, 1. … opening a paragraph: one item of a list the section is made of. */
    static final Pattern ITEM_OPENING = Pattern.compile(
            "\\s*(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十]+[）)]|\\d{1,2}[.、．])");
    /** 有啥安排, 有哪些打算, 下一步怎么做: the plans as a list. */
    private static final Pattern PLANS_ASKED = Pattern.compile(
            "安排|打算|计划|措施|举措|思路|重点|怎么做|咋做|做哪些事|做什么|干什么|干啥|做啥");

    private static final Pattern SHORTCOMINGS_ASKED = Pattern.compile(
            "不足|短板|差距|薄弱|瓶颈|(?:存在|承认|查摆|自查|暴露|反思)[^？?，,。]{0,12}问题"
                    // 法治政府建设有哪些问题: the report's own problems, not the ones a campaign took on
                    + "|(?<![解决整治聚焦针对])(?:有|还有)(?:哪些|什么|啥|哪几[个方面条类]*)问题");

    /** How much of a later question's words its own sentence must hold. */
    private static final double PART_COVERAGE = 0.6;

    /** 第三条, 第二点, 三是: a question asking for one numbered item of a list. */
    private static final Pattern ORDINAL_ASKED = Pattern.compile("第([一二三四五六七八九十])(?:条|点|项|个)|([一二三四五六七八九十])是");
    private static final Pattern ORDINAL_WORD = Pattern.compile("第?[一二三四五六七八九十]+[条点项个是]?");
    private static final double ORDINAL_BONUS = 0.3;

    /** The numeral of the item the question asks for, or null. */
    static String ordinalAsked(String question) {
        Matcher m = ORDINAL_ASKED.matcher(question);
        return m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)) : null;
    }

    private static boolean startsItem(String sentence, String numeral) {
        String s = sentence.strip();
        return s.startsWith(numeral + "是") || s.startsWith("（" + numeral + "）") || s.startsWith("(" + numeral + ")")
                || s.startsWith(numeral + "、");
    }

    /** The paragraph's sentences as {start, end} offsets, the first starting at 0. */
    static List<int[]> sentences(Paragraph p) {
        List<Integer> starts = new ArrayList<>(p.sentenceStarts());
        if (starts.isEmpty() || starts.get(0) != 0) {
            starts.add(0, 0);
        }
        List<int[]> spans = new ArrayList<>(starts.size());
        for (int i = 0; i < starts.size(); i++) {
            spans.add(new int[] {starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : p.text().length()});
        }
        return spans;
    }

    static boolean asksForPerson(String question) {
        return ASKS_FOR_PERSON.matcher(question).find();
    }

    static boolean namesPerson(String sentence) {
        return PERSON.matcher(sentence).find();
    }

    Optional<Answer> answer(Question q, List<ParagraphHit> hits, boolean requireNegation) {
        List<Scored> ranked = rank(q, hits);
        if (requireNegation) {
            ranked = ranked.stream().filter(s -> NEGATION.matcher(s.text()).find()).toList();
        }
        if (q.future() && ranked.stream().anyMatch(s -> s.score() >= MIN_COVERAGE && isPlan(s))) {
            ranked = ranked.stream().filter(ExtractiveAnswerer::isPlan).toList();
        }
        if ((ranked.isEmpty() || ranked.get(0).score() < NOTHING_ELSE_ASKED) && q.future()
                && PLANS_ASKED.matcher(q.text()).find()) {
            // 明年打算做哪些事: nothing but the plans is asked, so the plan section answers, from its heading
            ranked = planHeading(q).map(List::of).orElse(ranked);
        }
        if (ranked.isEmpty() || ranked.get(0).score() < MIN_COVERAGE) {
            return Optional.empty();
        }
        Scored best = ranked.get(0);
        double floor = Math.max(MIN_COVERAGE, ranked.get(0).score() * 0.7);
        int max = q.kind() == QuestionKind.LIST ? 5 : 3;
        List<Scored> chosen = new ArrayList<>();
        for (Scored s : ranked) {
            if (chosen.size() >= max || s.score() < floor) {
                break;
            }
            if (chosen.stream().noneMatch(c -> c.text().equals(s.text()))) {
                chosen.add(s);
            }
        }
        chosen.addAll(laterParts(q, best, chosen));
        if (SHORTCOMINGS_ASKED.matcher(q.text()).find() && Sections.isShortcomings(best.paragraph())) {
            chosen = withSection(best, chosen, false);
        } else if (q.future() && q.kind() != QuestionKind.NUMERIC && PLANS_ASKED.matcher(q.text()).find()
                && Sections.isPlan(best.report(), best.paragraph())) {
            chosen = withSection(best, chosen, true);
        }
        if (q.kind() == QuestionKind.LIST) {
            chosen = withFollowers(chosen);
        }
        chosen.sort(Comparator.comparing((Scored s) -> s.report().id())
                .thenComparingInt(s -> s.paragraph().ordinal()).thenComparingInt(Scored::start));
        Citations citations = new Citations();
        Map<Report, List<String>> lines = new LinkedHashMap<>();
        for (Scored s : chosen) {
            int n = citations.cite(s.report(), s.paragraph(), s.text());
            lines.computeIfAbsent(s.report(), k -> new ArrayList<>()).add(s.text() + "[" + n + "]");
        }
        if (q.kind() == QuestionKind.LIST) {
            appendSubsections(best, citations, lines);
        }
        StringBuilder text = new StringBuilder();
        if (lines.size() == 1) {
            Report r = lines.keySet().iterator().next();
            text.append("根据").append(r.shortLabel()).append("报告，相关原文如下：\n");
            lines.get(r).forEach(l -> text.append("- ").append(l).append('\n'));
        } else {
            text.append("相关报告原文如下：\n");
            lines.forEach((r, ls) -> {
                text.append("\n**").append(r.place().name()).append("（").append(r.year()).append("年度）**\n");
                ls.forEach(l -> text.append("- ").append(l).append('\n'));
            });
        }
        return Optional.of(new Answer(null, q.text(), text.toString().strip(), Mode.EXTRACTIVE, citations.list(),
                List.of(), null, null, null));
    }

    /**
     * A short lead-in (四是严格做好“三项制度”贯彻落实。 / 重点抓好以下几个方面：) says that a list follows; the
     * sentence after it is the list, so it is quoted too.
     */
    private static final int MAX_ITEMS = 9;

    private static List<Scored> withFollowers(List<Scored> chosen) {
        List<Scored> out = new ArrayList<>(chosen);
        for (Scored s : chosen) {
            String text = s.text();
            boolean listIntro = text.endsWith("：") || text.endsWith(":");
            boolean leadIn = text.length() <= 30 || listIntro;
            if (!leadIn || s.end() >= s.paragraph().text().length()) {
                continue;
            }
            // "存在几个方面的问题：一是…；二是…；三是…": every item the lead-in announces, not only the first
            List<Integer> starts = new ArrayList<>(s.paragraph().sentenceStarts().stream().filter(x -> x >= s.end())
                    .toList());
            starts.add(s.paragraph().text().length());
            int items = 0;
            for (int i = 0; i + 1 < starts.size() && items < MAX_ITEMS; i++) {
                int from = starts.get(i);
                Scored follower = new Scored(s.report(), s.paragraph(), from, starts.get(i + 1), s.score());
                boolean item = ITEM.matcher(follower.text()).find();
                if (i > 0 && !(listIntro && item)) {
                    if (listIntro) {
                        continue; // an item's second sentence: the next item may still follow
                    }
                    break;
                }
                items += item ? 1 : 0;
                if (out.stream().noneMatch(o -> o.paragraph() == s.paragraph() && o.start() == from)) {
                    out.add(follower);
                }
            }
        }
        return out;
    }

    /** Whether the sentence names an organisation: 龙脊律师事务所 does, 聘请律师事务所的资深律师 does not. */
    static boolean namesOrganisation(String sentence) {
        Matcher m = ORGANISATION.matcher(sentence);
        while (m.find()) {
            String before = sentence.substring(Math.max(0, m.start() - 2), m.start());
            if (m.start() > 0 && Character.isIdeographic(sentence.codePointAt(m.start() - 1))
                    && !UNNAMED_BEFORE.matcher(before).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPlan(Scored s) {
        return Sections.isPlan(s.report(), s.paragraph());
    }

    /** A list question answered by a section whose items are sub-headings: list the sub-headings too. */
    private void appendSubsections(Scored best, Citations citations, Map<Report, List<String>> lines) {
        Paragraph p = best.paragraph();
        List<String> path = p.kind() == ParagraphKind.HEADING ? p.sectionPath()
                : p.sectionPath().isEmpty() ? List.of() : p.sectionPath();
        if (path.isEmpty()) {
            return;
        }
        List<Paragraph> children = best.report().paragraphs().stream()
                .filter(c -> c.kind() != ParagraphKind.TITLE && c.sectionPath().size() == path.size() + 1
                        && c.sectionPath().subList(0, path.size()).equals(path))
                .filter(c -> c.kind() == ParagraphKind.HEADING || c.sectionPath().get(path.size()).length() < 40)
                .toList();
        List<String> added = new ArrayList<>();
        // （一）…。（二）…。（三）… written as one paragraph under the heading: each of its items is a line of the list
        boolean oneSubsection = !children.isEmpty() && children.stream()
                .map(c -> c.sectionPath().get(path.size())).distinct().count() == 1;
        List<String> inline = oneSubsection ? SloganCount.ordinalItems(children.get(0).text()) : List.of();
        if (inline.size() >= 2) {
            for (String item : inline) {
                int n = citations.cite(best.report(), children.get(0), item);
                lines.get(best.report()).add(item + "[" + n + "]");
            }
            return;
        }
        for (Paragraph c : children) {
            String heading = c.sectionPath().get(path.size());
            if (added.contains(heading)) {
                continue;
            }
            added.add(heading);
            int n = citations.cite(best.report(), c, heading);
            lines.get(best.report()).add(heading + "[" + n + "]");
        }
        // the best sentence may be one item itself (一是发挥党建引领作用): its siblings are the rest of the list
        if (children.isEmpty() && (p.kind() == ParagraphKind.HEADING || ITEM.matcher(p.text()).lookingAt())) {
            // 四、2024年…工作安排 followed by paragraphs 一是…、二是…、三是…: each item's first sentence
            List<String> already = lines.get(best.report());
            int items = 0;
            for (Paragraph c : best.report().paragraphs()) {
                if (items >= MAX_ITEMS) {
                    break;
                }
                if (c.kind() == ParagraphKind.HEADING || !c.sectionPath().equals(path) || !ITEM.matcher(c.text()).find()) {
                    continue;
                }
                int end = c.sentenceStarts().stream().filter(i -> i > 0).findFirst().orElse(c.text().length());
                String item = c.text().substring(0, end).strip();
                if (already.stream().noneMatch(l -> l.startsWith(item))) {
                    items++;
                    int n = citations.cite(best.report(), c, item);
                    already.add(item + "[" + n + "]");
                }
            }
        }
    }
}
