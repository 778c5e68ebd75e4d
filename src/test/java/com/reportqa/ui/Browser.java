package com.reportqa.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium driven by Selenium, with the helpers the browser tests share. */
final class Browser implements AutoCloseable {

    final WebDriver driver;
    final WebDriverWait wait;
    private final String base;

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    Browser(int port) {
        for (Path binary : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(binary)) {
                // one line instead of Selenium's NoSuchDriver trace: what is missing and which command installs it
                throw new IllegalStateException(binary + " is missing: run ./scripts/test (installs it as root), or"
                        + " apt-get install -y chromium chromium-driver fonts-noto-cjk");
            }
        }
        // explicit binaries, so that Selenium Manager never tries to download a browser or driver
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,800", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(50));
        base = "http://127.0.0.1:" + port + "/";
    }

    void open(String path) {
        driver.get(base + path);
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !!window.Vaadin && !!document.querySelector('.rq-header')")));
    }

    WebElement input() {
        return wait.until(d -> d.findElement(By.id("question-input")).findElement(By.cssSelector("textarea")));
    }

    /** The last answer card once it shows its final badge. */
    WebElement lastAnswer(String containing) {
        return wait.until(d -> {
            List<WebElement> cards = d.findElements(By.cssSelector(".rq-answer"));
            if (cards.isEmpty()) {
                return null;
            }
            WebElement last = cards.get(cards.size() - 1);
            return !last.findElements(By.cssSelector(".rq-badge")).isEmpty() && last.getText().contains(containing)
                    ? last : null;
        });
    }

    /** Waits until the reports grid holds {@code rows} rows. */
    void waitForReportRows(long rows) {
        wait.until(d -> ((Number) js("return document.getElementById('reports-grid').size")).longValue() == rows);
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    void size(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    }

    void screenshot(String name) throws Exception {
        Path dir = Path.of("target/screenshots");
        Files.createDirectories(dir);
        Path file = dir.resolve(name);
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        System.out.println("Screenshot: " + file.toAbsolutePath());
    }

    @Override
    public void close() {
        driver.quit();
    }
}
