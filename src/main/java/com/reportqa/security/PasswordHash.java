package com.reportqa.security;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * {@code ./report-qa hash-password}: reads a password (without echo on a terminal, else the first line of
 * stdin) and prints its {bcrypt} hash for {@code reportqa.security.editors[n].password-hash}. Runs without
 * Spring, so it needs neither the corpus nor the index.
 */
public final class PasswordHash {

    private static final int MIN_LENGTH = 12;

    private PasswordHash() {
    }

    /** Returns the process exit code. */
    public static int run(PrintStream out, PrintStream err) {
        String password;
        try {
            Console console = System.console();
            if (console != null && isTerminal(console)) {
                char[] typed = console.readPassword("密码（至少 %d 位）：", MIN_LENGTH);
                password = typed == null ? null : new String(typed);
            } else {
                password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            }
        } catch (IOException e) {
            err.println("无法读取密码：" + e.getMessage());
            return 2;
        }
        if (password == null || password.strip().length() < MIN_LENGTH) {
            err.println("密码至少需要 " + MIN_LENGTH + " 位。");
            return 2;
        }
        out.println(PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(password));
        return 0;
    }

    /**
     * Since JDK 22 a console exists even when stdin is a pipe; {@code isTerminal()} (JDK 22+, called by name
     * because the code is compiled for 21) tells the two apart. On JDK 21 a console means a terminal.
     */
    private static boolean isTerminal(Console console) {
        try {
            return (boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
