package com.reportqa.llm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The prompt files of {@code prompts/}, read at run time so they can be edited without a rebuild; the
 * copies packaged in the jar are the fallback. {@code {{name}}} placeholders are filled by {@link #render}.
 */
@Component
public class Prompts {

    private final Path dir;

    Prompts(LlmSettings settings) {
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

    public String render(String name, Map<String, String> values) {
        String text = load(name);
        for (var e : values.entrySet()) {
            text = text.replace("{{" + e.getKey() + "}}", e.getValue());
        }
        return text;
    }
}
