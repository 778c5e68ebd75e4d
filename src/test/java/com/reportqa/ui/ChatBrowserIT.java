package com.reportqa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportqa.AppTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The real app in Debian's headless Chromium: ask, read the cited figure, open the citation. */
@AppTest
class ChatBrowserIT {

    static WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void start() {
        // explicit binaries, so that Selenium Manager never tries to download a browser or driver
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,800");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void should_answer_a_numeric_question_with_a_clickable_citation() throws Exception {
        browser.get("http://127.0.0.1:" + port + "/");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(d -> !d.findElements(By.id("question-input")).isEmpty());
        screenshot("chat-empty.png");
        WebElement input = wait.until(d -> d.findElement(By.id("question-input")).findElement(By.cssSelector("textarea")));
        input.sendKeys("雁峰区行政复议审结多少件？");
        long sent = System.nanoTime();
        input.sendKeys(Keys.ENTER);
        WebElement answer = wait.until(d -> d.findElements(By.cssSelector(".rq-answer")).stream()
                .filter(e -> e.getText().contains("57件")).findFirst().orElse(null));
        long firstTextMs = (System.nanoTime() - sent) / 1_000_000;
        System.out.println("Enter to first visible answer text: " + firstTextMs + " ms");
        assertThat(answer.getText()).contains("57件").contains("[1]");

        answer.findElement(By.cssSelector(".rq-citation")).click();
        WebElement paragraph = wait.until(d -> d.findElement(By.id("citation-text")));
        assertThat(paragraph.getText()).contains("审结行政复议57件");
        screenshot("chat-citation.png");

        input.sendKeys("<img src=x onerror=alert(1)>");
        input.sendKeys(Keys.ENTER);
        wait.until(d -> d.findElements(By.cssSelector(".rq-question")).stream()
                .anyMatch(e -> e.getText().contains("<img src=x onerror=alert(1)>")));
        assertThat(browser.findElements(By.cssSelector(".rq-turns img"))).isEmpty();
    }

    static void screenshot(String name) throws Exception {
        Path dir = Path.of("target/screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
