package com.reportqa.llm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The prompt files of {@code prompts/}, read at run time so they can be edited without a rebuild; the
 * copies packaged in the jar are the fallback. {@code {{name}}} placeholders are filled by {@link #render}.
 */
@Component
public class Prompts {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");

    private final Path dir;

    public Prompts(LlmSettings settings) {
        this.dir = Path.of(settings.promptsDir());
    }

    public String load(String name) {
        Path file = dir.resolve(name);
        try {
            if (Files.isRegularFile(file)) {
                return Files.readString(file, StandardCharsets.UTF_8);
            }
            try (InputStream in = Prompts.class.getResourceAsStream("/prompts/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("Prompt " + name + " is neither in " + dir + " nor packaged");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Fills every {@code {{name}}} in one pass, so a value that itself contains {@code {{question}}} (a report
     * paragraph can) is never filled again. A placeholder without a value is a broken prompt file: it fails
     * loudly instead of reaching the model.
     */
    public String render(String name, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(load(name));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("Prompt " + name + " has {{" + m.group(1) + "}} but no value for it");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
