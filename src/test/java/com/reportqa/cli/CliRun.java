package com.reportqa.cli;

import com.reportqa.LaunchArguments;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** Runs the command line as {@code main} would, in a test's context: stdout, stderr and the exit code. */
record CliRun(int exitCode, String stdout, String stderr) {

    /** @param cli makes the command line from the launch arguments, with the test context's beans */
    static CliRun of(Function<ObjectProvider<LaunchArguments>, Cli> cli, String... args) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("launchArguments", LaunchArguments.parse(args));
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            Cli command = cli.apply(beans.getBeanProvider(LaunchArguments.class));
            command.run(null);
            return new CliRun(command.getExitCode(), out.toString(StandardCharsets.UTF_8),
                    err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }
}
