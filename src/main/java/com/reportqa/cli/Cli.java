package com.reportqa.cli;

import com.reportqa.LaunchArguments;
import com.reportqa.answer.Answer;
import com.reportqa.answer.AnswerFailures;
import com.reportqa.answer.AnswerService;
import com.reportqa.answer.Mode;
import com.reportqa.ingest.Corpus;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command line: {@code reports}, {@code ask}, {@code search}, {@code figures}, {@code eval}. */
@Component
class Cli implements ApplicationRunner, ExitCodeGenerator {

    private final ObjectProvider<LaunchArguments> launch;
    private final Corpus corpus;
    private final AnswerService answers;
    private final CliSearch searchAndFigures;
    private final CliExport export;
    private final JsonMapper json;
    private final BatchAsk batch;
    private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    private int exitCode;

    Cli(ObjectProvider<LaunchArguments> launch, Corpus corpus, AnswerService answers, CliSearch searchAndFigures, CliExport export, JsonMapper json, AnswerFailures failures) {
        this.launch = launch;
        this.batch = new BatchAsk(answers::ask, failures, json);
        this.export = export;
        this.corpus = corpus;
        this.answers = answers;
        this.searchAndFigures = searchAndFigures;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments ignored) {
        LaunchArguments args = launch.getIfAvailable();
        if (args == null) {
            return; // started by a test or another launcher, not from the command line
        }
        CliOptions options = new CliOptions(args.commandArgs());
        try {
            exitCode = switch (args.command()) {
                case "serve" -> 0;
                case "reports" -> reports(options);
                case "ask" -> ask(options);
                case "search" -> searchAndFigures.search(options, out);
                case "figures" -> searchAndFigures.figures(options, out);
                case "eval" -> eval(options);
                case "bench" -> searchAndFigures.bench(options, out);
                case "check-index" -> searchAndFigures.checkIndex(options, out);
                default -> usage();
            };
        } catch (CliException e) {
            System.err.println(e.getMessage());
            exitCode = 2;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    private int reports(CliOptions options) {
        var skipped = corpus.snapshot().skipped();
        if (options.flag("--json")) {
            for (var r : corpus.reports()) {
                out.println(json.writeValueAsString(ReportRow.of(r)));
            }
        } else {
            out.println("file\ttitle\tplace\tyear\tdate\tparagraphs");
            for (var r : corpus.reports()) {
                var row = ReportRow.of(r);
                out.println(String.join("\t", Cells.of(row.file()), Cells.of(row.title()), Cells.of(row.place()),
                        Cells.of(row.year()), Cells.of(row.publishedOn()), Cells.of(row.paragraphs())));
            }
        }
        skipped.forEach(s -> System.err.println("跳过 " + s.file() + "：" + s.reason()));
        corpus.reports().stream().filter(r -> !r.pending().isEmpty()).forEach(r -> System.err.println(
                "待补充 " + r.file() + "：正文中未识别出" + String.join("、", r.pending()) + "，可由编辑在报告页面补充"));
        System.err.println(corpus.snapshot().result().summary());
        return 0;
    }

    /** Exit code: how many questions got an error line instead of an answer (at most 125), so 0 = all answered. */
    private int ask(CliOptions options) {
        boolean asJson = options.flag("--json");
        String batchFile = options.value("--batch");
        String exportFile = options.value("--export");
        var exportFormat = exportFile == null ? null : export.format(exportFile);
        BatchAsk.Result result;
        if (batchFile != null) {
            result = batch.run(readLines(Path.of(batchFile)), a -> print(a, asJson));
        } else {
            String question = String.join(" ", options.positional());
            if (question.isBlank()) {
                throw new CliException("用法：ask 问题 [--json] [--export FILE]  或  ask --batch FILE [--json] [--export FILE]");
            }
            if (options.flag("--explain")) {
                out.println(answers.explain(question));
            }
            Answer answer = batch.answer(question, null);
            print(answer, asJson);
            result = new BatchAsk.Result(List.of(answer), answer.mode() == Mode.ERROR ? 1 : 0);
        }
        if (exportFile != null) {
            export.write(result.answers(), exportFile, exportFormat);
        }
        return result.exitCode();
    }

    private void print(Answer a, boolean asJson) {
        if (asJson) {
            out.println(json.writeValueAsString(a));
            return;
        }
        out.println(a.answer());
        // a report's header (title, addressee) lies under no section: no empty " ·  · " for it
        a.citations().forEach(c -> out.println("[" + c.n() + "] " + c.reportTitle()
                + (c.section() == null || c.section().isBlank() ? "" : " · " + c.section()) + " · " + c.paragraphId()));
        out.println();
    }

    private int eval(CliOptions options) {
        List<String> files = options.positional();
        if (files.isEmpty()) {
            throw new CliException("用法：eval FILE");
        }
        var results = new EvalCommand(answers).run(readJsonLines(Path.of(files.get(0))));
        EvalCommand.print(results, out);
        return 0;
    }

    private List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliException("无法读取文件 " + file + "：" + e.getMessage());
        }
    }

    private List<JsonNode> readJsonLines(Path file) {
        List<String> lines = readLines(file);
        try {
            List<JsonNode> nodes = new ArrayList<>();
            for (String line : lines) {
                if (!line.isBlank()) {
                    nodes.add(json.readTree(line));
                }
            }
            return nodes;
        } catch (RuntimeException e) {
            throw new CliException("文件 " + file + " 不是有效的 JSON Lines：" + e.getMessage());
        }
    }

    private int usage() {
        out.println("""
                用法：java -jar target/report-qa.jar 命令 [选项]
                  serve                       启动网页（默认）
                  reports [--json]            列出已载入的报告
                  ask 问题 [--json]           回答一个问题
                  ask --batch FILE [--json]   逐行回答 JSON Lines 文件中的问题（需 id、question）；出错的行照常输出，退出码为出错行数
                    --export FILE             另将回答及引用导出为文件（.docx、.md、.csv、.json）
                  search 关键词 [--k N] [--json]  检索段落
                  figures [--csv|--json] [--place P] [--year Y]  列出提取的数字
                  eval FILE                   按题型评测回答的准确率
                  bench retrieval FILE        检索方法对比评测
                  bench generate --reports N --out DIR [--seed S]  生成合成报告与标准答案问题
                  bench scale [--sizes shipped,1000,10000]  规模与速度基准（与原生 Lucene 对比）
                  bench load [--clients N] [--seconds S]  启动服务并压测 POST /api/ask（默认 32 个客户端、60 秒）
                  check-index [--json]        检查索引：每份报告恰好索引一次且完整
                  hash-password               从标准输入读取密码，输出 {bcrypt} 哈希（用于编辑账号）
                通用选项：--corpus DIR（默认 ./corpus） --data DIR（默认 ./data）""");
        return 0;
    }
}
