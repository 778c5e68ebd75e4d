package com.reportqa.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A command's own arguments: flags (--json), valued options (--k 5) and the rest. */
final class CliOptions {

    private static final Set<String> VALUED = Set.of("--batch", "--k", "--place", "--year", "--export", "--method",
            "--reports", "--questions", "--out", "--seed", "--sizes", "--dense-sample", "--work", "--clients",
            "--seconds", "--url");

    private final List<String> args;

    CliOptions(List<String> args) {
        this.args = List.copyOf(args);
    }

    boolean flag(String name) {
        return args.contains(name);
    }

    String value(String name) {
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals(name)) {
                if (i + 1 >= args.size()) {
                    throw new CliException("选项 " + name + " 需要一个值");
                }
                return args.get(i + 1);
            }
            if (args.get(i).startsWith(name + "=")) {
                return args.get(i).substring(name.length() + 1);
            }
        }
        return null;
    }

    int intValue(String name, int fallback) {
        String v = value(name);
        try {
            return v == null ? fallback : Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new CliException("选项 " + name + " 需要一个整数，而不是 " + v);
        }
    }

    List<String> positional() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (VALUED.contains(a)) {
                i++;
            } else if (!a.startsWith("--")) {
                out.add(a);
            }
        }
        return out;
    }
}
