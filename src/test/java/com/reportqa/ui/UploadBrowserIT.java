package com.reportqa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An editor logs in, uploads a report in the browser and asks about it right away; its paragraph holding
 * HTML is shown as text; a broken file is refused with a Chinese reason and the corpus folder is unchanged.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "reportqa.search.data-dir=target/it-data/upload-browser", "server.address=127.0.0.1"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UploadBrowserIT extends BrowserTest {

    static final Path CORPUS = Path.of("target/it-data/upload-browser-corpus");
    static final Path FILES = Path.of("target/it-data/upload-browser-files");
    static final String PASSWORD = "编辑-口令-2024";
    static final String REPORT = """
            重庆市璧山区上传镇人民政府关于2024年度法治政府建设情况的报告
            日期:2025-02-01
            2024年,我镇坚持依法行政。
            一、主要成效
            (一)化解矛盾纠纷
            全年受理各类矛盾纠纷137件,化解135件,化解率98%。
            (二)网络安全
            网页上出现的<img src=x onerror=alert(1)>代码已全部清理,全年开展普法宣传活动12场。
            """;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws IOException {
        for (Path dir : new Path[] {CORPUS, FILES, Path.of("target/it-data/upload-browser")}) {
            if (Files.exists(dir)) {
                try (Stream<Path> all = Files.walk(dir)) {
                    all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
        Files.createDirectories(CORPUS);
        Files.createDirectories(FILES);
        try (Stream<Path> shipped = Files.list(Path.of("corpus"))) {
            for (Path p : shipped.toList()) {
                Files.copy(p, CORPUS.resolve(p.getFileName()));
            }
        }
        registry.add("reportqa.corpus.dir", CORPUS::toString);
        registry.add("reportqa.security.editors[0].username", () -> "editor");
        String hash = "{bcrypt}" + new BCryptPasswordEncoder().encode(PASSWORD);
        registry.add("reportqa.security.editors[0].password-hash", () -> hash);
    }

    @Test
    @Order(1)
    void should_ask_an_anonymous_visitor_to_log_in_before_uploading() {
        Browser b = browser();
        b.open("reports");
        assertThat(b.driver.findElement(By.cssSelector(".rq-upload")).getText()).contains("登录");
        assertThat(b.driver.findElements(By.id("report-upload"))).isEmpty();
        assertThat(b.driver.findElement(By.id("login-link")).getText()).isEqualTo("登录");
        assertThat(b.driver.findElements(By.cssSelector(".rq-delete"))).isEmpty();
    }

    @Test
    @Order(2)
    void should_let_an_editor_upload_a_report_and_ask_about_it_at_once() throws Exception {
        Browser b = browser();
        b.driver.get("http://127.0.0.1:" + port + "/login");
        b.wait.until(d -> d.findElement(By.id("vaadinLoginUsername"))).sendKeys("editor");
        b.driver.findElement(By.id("vaadinLoginPassword")).sendKeys(PASSWORD, Keys.ENTER);
        b.wait.until(d -> !d.getCurrentUrl().contains("login"));

        b.open("reports");
        assertThat(b.wait.until(d -> d.findElement(By.id("account-name"))).getText()).isEqualTo("editor（编辑）");
        Path file = FILES.resolve("上传镇2024年法治政府建设报告.txt");
        Files.createDirectories(FILES);
        Files.writeString(file, REPORT);
        upload(b, file);
        WebElement result = b.wait.until(d -> {
            WebElement r = d.findElement(By.id("upload-result"));
            return r.getAttribute("data-ok") != null ? r : null;
        });
        assertThat(result.getAttribute("data-ok")).isEqualTo("true");
        b.waitForReportRows(6);
        b.screenshot("reports-upload.png");
        assertThat(CORPUS.resolve(file.getFileName())).exists();

        b.open("");
        b.input().sendKeys("上传镇受理矛盾纠纷多少件？", Keys.ENTER);
        assertThat(b.lastAnswer("137件").getText()).contains("[1]");

        b.input().sendKeys("上传镇网页上出现的代码清理了吗？", Keys.ENTER);
        WebElement answer = b.lastAnswer("onerror");
        assertThat(answer.getText()).contains("<img src=x onerror=alert(1)>");
        answer.findElement(By.cssSelector(".rq-citation")).click();
        WebElement paragraph = b.wait.until(d -> d.findElement(By.id("citation-text")));
        assertThat(paragraph.getText()).contains("<img src=x onerror=alert(1)>");
        assertThat(b.driver.findElements(By.cssSelector(".rq-turns img, #citation-panel img"))).isEmpty();
        b.screenshot("chat-html-as-text.png");
    }

    @Test
    @Order(3)
    void should_refuse_a_broken_file_with_a_chinese_reason_and_change_nothing() throws Exception {
        Browser b = browser();
        b.open("reports");
        Path broken = FILES.resolve("损坏的报告.pdf");
        Files.write(broken, new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '7', 0, 1, 2, 3, 4});
        long before;
        try (Stream<Path> files = Files.list(CORPUS)) {
            before = files.count();
        }
        upload(b, broken);
        WebElement result = b.wait.until(d -> {
            WebElement r = d.findElement(By.id("upload-result"));
            return "false".equals(r.getAttribute("data-ok")) ? r : null;
        });
        assertThat(result.getText()).contains("未收录").containsPattern("\\p{IsHan}{4,}");
        try (Stream<Path> files = Files.list(CORPUS)) {
            assertThat(files.count()).isEqualTo(before);
        }
    }

    @Test
    @Order(4)
    void should_let_an_editor_delete_a_report_after_confirming() throws Exception {
        Browser b = browser();
        b.open("reports");
        b.waitForReportRows(6);
        By delete = By.cssSelector("vaadin-button.rq-delete[aria-label*='上传镇']");
        b.wait.until(d -> d.findElement(delete)).click();
        WebElement confirm = b.wait.until(d -> d.findElement(By.id("delete-confirm")));
        b.screenshot("reports-delete.png");
        assertThat(b.driver.getCurrentUrl()).as("the row click does not open the report").endsWith("/reports");
        assertThat(CORPUS.resolve("上传镇2024年法治政府建设报告.txt")).as("nothing deleted before confirming").exists();
        confirm.click();
        b.waitForReportRows(5);
        assertThat(CORPUS.resolve("上传镇2024年法治政府建设报告.txt")).doesNotExist();

        b.open("");
        WebElement input = b.input();
        int before = b.driver.findElements(By.cssSelector(".rq-answer")).size();
        input.sendKeys("上传镇受理矛盾纠纷多少件？", Keys.ENTER);
        b.wait.until(d -> d.findElements(By.cssSelector(".rq-answer")).size() > before);
        assertThat(b.lastAnswer("").getText()).doesNotContain("137件");
    }

    @Test
    @Order(5)
    void should_let_an_editor_set_what_a_report_page_does_not_say() throws Exception {
        Browser b = browser();
        b.open("reports");
        Path page = FILES.resolve("page-2024.txt");
        Files.writeString(page, "一、主要举措和成效\n我乡全年调处矛盾纠纷31件，调解成功30件。\n");
        upload(b, page);
        b.waitForReportRows(6);
        b.wait.until(d -> d.findElement(By.xpath("//h2[contains(., '1 份有待补充的信息')]")));
        b.wait.until(d -> d.findElement(By.xpath("(//vaadin-grid-cell-content[contains(., '待补充')])[1]"))).click();
        WebElement form = b.wait.until(d -> d.findElement(By.id("metadata-form")));
        assertThat(form.getText()).contains("待补充");
        b.driver.findElement(By.cssSelector("#metadata-place input")).sendKeys("渠县拱市乡");
        b.driver.findElement(By.cssSelector("#metadata-year input")).sendKeys("2024");
        b.driver.findElement(By.id("metadata-save")).click();
        // the page reloads after saving: read the text through script, never through a stale element
        b.wait.until(d -> String.valueOf(b.js("const m = document.querySelector('.rq-meta'); return m && m.textContent"))
                .contains("四川省达州市渠县拱市乡"));
        assertThat(String.valueOf(b.js("return document.querySelector('.rq-meta').textContent"))).contains("2024年度");
        assertThat(CORPUS.resolve("page-2024.txt.properties")).content().contains("year=2024");
        b.screenshot("report-metadata.png");

        b.open("");
        b.input().sendKeys("渠县那个乡2024年调处了多少件矛盾纠纷？", Keys.ENTER);
        assertThat(b.lastAnswer("31件").getText()).contains("[1]");
    }

    @Test
    @Order(6)
    void should_log_out_from_the_header() {
        Browser b = browser();
        b.open("reports");
        b.wait.until(d -> d.findElement(By.id("logout"))).click();
        b.wait.until(d -> !d.findElements(By.id("login-link")).isEmpty());
        b.open("reports");
        assertThat(b.wait.until(d -> d.findElement(By.id("login-link"))).getText()).isEqualTo("登录");
        assertThat(b.driver.findElements(By.cssSelector(".rq-delete"))).isEmpty();
        assertThat(b.driver.findElements(By.id("report-upload"))).isEmpty();
    }

    private static void upload(Browser b, Path file) {
        WebElement upload = b.wait.until(d -> d.findElement(By.id("report-upload")));
        WebElement input = (WebElement) b.js("""
                const upload = arguments[0];
                return upload.querySelector('input[type=file]')
                    || (upload.shadowRoot && upload.shadowRoot.querySelector('input[type=file]'));""", upload);
        input.sendKeys(file.toAbsolutePath().toString());
    }
}
