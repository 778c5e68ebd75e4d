package com.reportqa.cli;

import com.reportqa.LaunchArguments;
import com.reportqa.answer.AnswerFailures;
import com.reportqa.answer.AnswerService;
import com.reportqa.ingest.Corpus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/** Runs the command line as {@code main} would, in a test's context: stdout, stderr and the exit code. */
record CliRun(int exitCode, String stdout, String stderr) {

    /**
     * @param context the test's application context: the command line gets its beans, only the launch arguments
     *                are these instead of the test run's
     */
    static CliRun of(ApplicationContext context, String... args) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("launchArguments", LaunchArguments.parse(args));
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            Cli command = new Cli(beans.getBeanProvider(LaunchArguments.class), context.getBean(Corpus.class),
                    context.getBean(AnswerService.class), context.getBean(CliSearch.class),
                    context.getBean(CliExport.class), context.getBean(JsonMapper.class),
                    context.getBean(AnswerFailures.class));
            command.run(null);
            return new CliRun(command.getExitCode(), out.toString(StandardCharsets.UTF_8),
                    err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }
}
