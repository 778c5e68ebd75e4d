package com.reportqa.cli;

import java.io.PrintStream;
import java.net.URI;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bench load [--clients N] [--seconds S] [--json]}: the server this process started (on a free
 * loopback port) under concurrent questions; see {@link LoadBench}. Exit code 1 on any error or differing
 * answer, so the command can gate a release.
 */
@Component
class LoadCommand {

    private final Environment environment;
    private final JsonMapper json;

    LoadCommand(Environment environment, JsonMapper json) {
        this.environment = environment;
        this.json = json;
    }

    int run(CliOptions options, PrintStream out) {
        String port = environment.getProperty("local.server.port");
        if (port == null) {
            throw new CliException("压测需要启动网页服务，但服务没有启动");
        }
        int clients = options.intValue("--clients", 32);
        int seconds = options.intValue("--seconds", 60);
        if (clients < 1 || seconds < 1) {
            throw new CliException("--clients 和 --seconds 需要正整数");
        }
        System.err.println("压测 http://127.0.0.1:" + port + "/api/ask：" + clients + " 个客户端，" + seconds + " 秒");
        try {
            LoadBench.Result result = new LoadBench(URI.create("http://127.0.0.1:" + port), json).run(clients, seconds);
            if (options.flag("--json")) {
                out.println(json.writeValueAsString(result));
            } else {
                result.print(out);
            }
            return result.errors() == 0 && result.inconsistentQuestions() == 0 ? 0 : 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException("压测被中断");
        }
    }
}
