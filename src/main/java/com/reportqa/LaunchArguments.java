package com.reportqa;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command line as the jar received it: a command ({@code serve} by default), the command's own
 * arguments, and the common options that map onto settings. Spring-style {@code --a.b=c} arguments are
 * passed through to Spring untouched.
 */
public record LaunchArguments(String command, List<String> commandArgs, String[] springArgs) {

    public static final Set<String> COMMANDS =
            Set.of("serve", "reports", "ask", "search", "figures", "eval", "bench", "check-index", "hash-password",
                    "help");

    private static final Map<String, String> OPTION_TO_PROPERTY = Map.of(
            "--corpus", "reportqa.corpus.dir",
            "--data", "reportqa.search.data-dir",
            "--llm", "reportqa.llm.backend",
            "--llm-base-url", "reportqa.llm.base-url",
            "--llm-model", "reportqa.llm.model",
            "--port", "server.port");

    public static LaunchArguments parse(String[] args) {
        String command = null;
        List<String> rest = new ArrayList<>();
        List<String> spring = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String key = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (OPTION_TO_PROPERTY.containsKey(key)) {
                String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1)
                        : (i + 1 < args.length ? args[++i] : "");
                // command-line properties outrank application.yml, default properties would not
                spring.add("--" + OPTION_TO_PROPERTY.get(key) + "=" + value);
            } else if (arg.startsWith("--") && arg.contains("=") && key.contains(".")) {
                spring.add(arg);
            } else if (command == null && COMMANDS.contains(arg)) {
                command = arg;
            } else {
                rest.add(arg);
            }
        }
        boolean load = "bench".equals(command) && !rest.isEmpty() && rest.get(0).equals("load");
        if ("bench".equals(command) && rest.contains("retrieval")
                && spring.stream().noneMatch(a -> a.startsWith("--reportqa.search.dense="))) {
            // the retrieval benchmark compares every method, dense included; the others start their own runs
            spring.add("--reportqa.search.dense=true");
        }
        if (load && spring.stream().noneMatch(a -> a.startsWith("--server.port="))) {
            // the load benchmark starts its own server: a free port, never the one a running server holds
            spring.add("--server.port=0");
        }
        return new LaunchArguments(command == null ? "serve" : command, List.copyOf(rest),
                spring.toArray(String[]::new));
    }

    /** Whether the command needs the web server: serving, and the load benchmark that runs against it. */
    public boolean web() {
        return command.equals("serve") || loadBench();
    }

    /** Whether the process keeps running after start-up (serving) instead of exiting when the command ends. */
    public boolean serves() {
        return command.equals("serve");
    }

    private boolean loadBench() {
        return command.equals("bench") && !commandArgs.isEmpty() && commandArgs.get(0).equals("load");
    }
}
