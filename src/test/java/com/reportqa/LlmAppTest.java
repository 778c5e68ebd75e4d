package com.reportqa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port with the {@code openai} backend pointed at a {@link FakeModelServer}
 * (a bean the tests script) and a small model timeout. Its corpus is the shipped reports plus one report
 * whose paragraph tries a prompt injection. One Spring context that every test with this annotation shares.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "reportqa.search.data-dir=target/it-data/llm",
    "reportqa.llm.backend=openai",
    "reportqa.llm.model=test",
    "reportqa.llm.timeout-seconds=" + LlmAppTest.TIMEOUT_SECONDS,
    "reportqa.llm.max-tokens=300",
    "server.address=127.0.0.1"})
@ContextConfiguration(initializers = LlmAppTest.FakeModel.class)
public @interface LlmAppTest {

    int TIMEOUT_SECONDS = 3;

    /** Starts the fake server before the application reads its settings, and stops it with the context. */
    final class FakeModel implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            FakeModelServer server = FakeModelServer.start();
            context.getBeanFactory().registerSingleton("fakeModelServer", server);
            context.addApplicationListener(event -> {
                if (event instanceof ContextClosedEvent) {
                    server.close();
                }
            });
            TestPropertyValues.of("reportqa.llm.base-url=" + server.baseUrl(),
                    "reportqa.corpus.dir=" + corpus()).applyTo(context);
        }

        private static Path corpus() {
            Path dir = Path.of("target/it-corpus/llm");
            try {
                if (Files.exists(dir)) {
                    try (Stream<Path> old = Files.walk(dir)) {
                        for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
                            Files.delete(p);
                        }
                    }
                }
                Files.createDirectories(dir);
                for (String from : new String[] {"src/test/resources/corpus", "src/test/resources/llm"}) {
                    try (Stream<Path> files = Files.list(Path.of(from))) {
                        for (Path f : files.toList()) {
                            Files.copy(f, dir.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return dir;
        }
    }
}
