package com.reportqa;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a random port over the shipped corpus, with its index under target/: one
 * Spring context that every integration test with this annotation shares.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "reportqa.corpus.dir=corpus",
    "reportqa.search.data-dir=target/it-data/app",
    "server.address=127.0.0.1"})
public @interface AppTest {
}
