package com.reportqa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportqa.AppTest;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The real app in Debian's headless Chromium: examples, a cited numeric answer, the citation panel and the
 * report it links to, a follow-up, a reload, the reports and figures views, a chart, a phone-width screen
 * and HTML in a question shown as text. Screenshots go to target/screenshots/.
 */
@AppTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChatBrowserIT extends BrowserTest {

    @Test
    @Order(1)
    void should_offer_examples_from_the_corpus_that_get_answers() throws Exception {
        Browser b = browser();
        b.open("");
        List<WebElement> examples = b.wait.until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector("#examples .rq-example"));
            return found.size() >= 3 ? found : null;
        });
        b.screenshot("chat-empty.png");
        examples.get(0).click();
        WebElement answer = b.lastAnswer("[1]");
        assertThat(answer.findElement(By.cssSelector(".rq-badge")).getText()).isEqualTo("数字提取");
        b.driver.findElement(By.id("new-chat")).click();
        b.wait.until(d -> d.findElements(By.cssSelector(".rq-answer")).isEmpty());
    }

    @Test
    @Order(2)
    void should_answer_a_numeric_question_with_a_clickable_citation() throws Exception {
        Browser b = browser();
        WebElement input = b.input();
        input.sendKeys("雁峰区行政复议审结多少件？");
        // timed in the page itself: from the Enter keydown to the first answer text in the DOM
        b.js("""
                window.rqEnter = null; window.rqText = null;
                document.addEventListener('keydown', e => { if (e.key === 'Enter' && window.rqEnter === null)
                  window.rqEnter = performance.now(); }, true);
                new MutationObserver((changes, observer) => {
                  if ([...document.querySelectorAll('.rq-answer vaadin-markdown')]
                      .some(m => m.textContent.includes('57件'))) {
                    window.rqText = performance.now(); observer.disconnect(); }
                }).observe(document.body, {subtree: true, childList: true, characterData: true});""");
        input.sendKeys(Keys.ENTER);
        b.wait.until(d -> b.js("return window.rqText") != null);
        double firstTextMs = ((Number) b.js("return window.rqText - window.rqEnter")).doubleValue();
        System.out.printf("Enter to first visible answer text: %.0f ms%n", firstTextMs);
        WebElement answer = b.lastAnswer("57件");
        assertThat(answer.getText()).contains("57件").contains("[1]");

        // the marker in the text itself opens the citation
        answer.findElement(By.cssSelector("a[href='#cite-1']")).click();
        WebElement paragraph = b.wait.until(d -> d.findElement(By.id("citation-text")));
        assertThat(paragraph.getText()).contains("审结行政复议57件");
        assertThat(paragraph.findElement(By.tagName("mark")).getText()).contains("57件");
        assertThat(b.driver.findElement(By.id("citation-panel")).getText()).contains("雁峰区").contains("2024年度");
        b.screenshot("chat-citation.png");
    }

    @Test
    @Order(3)
    void should_carry_a_follow_up_and_keep_the_conversation_over_a_reload() {
        Browser b = browser();
        b.input().sendKeys("健龙镇化解矛盾纠纷多少件？", Keys.ENTER);
        b.lastAnswer("223件");
        b.input().sendKeys("那江口镇呢？", Keys.ENTER);
        WebElement followUp = b.lastAnswer("718件");
        assertThat(followUp.getText()).contains("江口镇");

        b.driver.navigate().refresh();
        b.wait.until(d -> d.findElements(By.cssSelector(".rq-answer")).size() >= 3);
        assertThat(b.driver.findElement(By.id("turns")).getText()).contains("57件").contains("718件");
    }

    @Test
    @Order(4)
    void should_export_the_conversation_in_every_format_from_the_page() throws Exception {
        Browser b = browser();
        byte[] docx = download(b, "docx");
        java.nio.file.Path file = java.nio.file.Path.of("target/exports/conversation-from-browser.docx");
        java.nio.file.Files.createDirectories(file.getParent());
        java.nio.file.Files.write(file, docx);
        System.out.println("Conversation exported from the browser: " + file.toAbsolutePath()
                + " (render with scripts/render-export.sh)");
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
                var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document)) {
            assertThat(extractor.getText())
                    .contains("雁峰区行政复议审结多少件？", "57件", "223件", "718件", "[1]", "参考文献", "[EB/OL]");
        }
        String markdown = new String(download(b, "md"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(markdown).contains("那江口镇呢？", "718件", "[1]", "[EB/OL]");
        String csv = new String(download(b, "csv"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF").contains("雁峰区行政复议审结多少件？", "审结行政复议57件");
        assertThat(csv.lines().count()).isGreaterThanOrEqualTo(4); // a header and a row per citation
        var json = tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(new String(download(b, "json"), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(json.get("count").asInt()).isEqualTo(3);
        assertThat(json.get("answers").get(2).get("answer").asString()).contains("718件");
    }

    /** The conversation as the page's download link serves it, fetched by the page with its session. */
    private static byte[] download(Browser b, String format) {
        WebElement link = b.driver.findElement(By.cssSelector("#conversation-exports a[data-format='" + format + "']"));
        String base64 = (String) ((org.openqa.selenium.JavascriptExecutor) b.driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer()).then(buffer => {
                  let binary = '';
                  new Uint8Array(buffer).forEach(x => binary += String.fromCharCode(x));
                  done(btoa(binary));
                });""", link.getAttribute("href"));
        return java.util.Base64.getDecoder().decode(base64);
    }

    @Test
    @Order(5)
    void should_open_the_cited_paragraph_in_its_report() throws Exception {
        Browser b = browser();
        b.lastAnswer("718件").findElement(By.cssSelector(".rq-citation")).click();
        b.wait.until(d -> d.findElement(By.id("citation-original"))).click();
        WebElement target = b.wait.until(d -> d.findElements(By.cssSelector(".rq-para.rq-target")).stream()
                .findFirst().orElse(null));
        assertThat(target.getText()).contains("718件");
        assertThat(b.driver.getCurrentUrl()).contains("/reports/").contains("#p");
        b.wait.until(d -> ((Number) b.js("return window.scrollY")).doubleValue() > 0);
        b.screenshot("report.png");
    }

    @Test
    @Order(6)
    void should_list_and_filter_the_reports() throws Exception {
        Browser b = browser();
        b.open("reports");
        b.waitForReportRows(5);
        b.screenshot("reports.png");
        b.driver.findElement(By.id("report-filter")).findElement(By.tagName("input")).sendKeys("雁峰", Keys.ENTER);
        b.waitForReportRows(1);
    }

    @Test
    @Order(7)
    void should_chart_one_metric_across_places() throws Exception {
        Browser b = browser();
        b.open("figures");
        b.wait.until(d -> (Long) b.js("return document.getElementById('figures-grid').size") > 100L);
        b.wait.until(d -> "true".equals(d.findElement(By.id("figures-chart")).getAttribute("data-drawn")));
        assertThat(b.driver.findElements(By.cssSelector("#figures-chart svg"))).isNotEmpty();
        b.screenshot("figures.png");
    }

    @Test
    @Order(8)
    void should_offer_the_chart_for_a_comparison_answer() throws Exception {
        Browser b = browser();
        b.open("");
        b.input().sendKeys("各地执法人员分别是多少？哪个最多？", Keys.ENTER);
        WebElement answer = b.lastAnswer("显示图表");
        answer.findElement(By.cssSelector(".rq-chart-button")).click();
        b.wait.until(d -> "true".equals(d.findElement(By.id("answer-chart")).getAttribute("data-drawn")));
        b.screenshot("chat-chart.png");
    }

    @Test
    @Order(9)
    void should_fit_a_phone_width_screen_and_show_html_as_text() throws Exception {
        Browser b = browser();
        b.size(390, 844);
        b.open("");
        b.input().sendKeys("<img src=x onerror=alert(1)>", Keys.ENTER);
        b.wait.until(d -> d.findElements(By.cssSelector(".rq-question")).stream()
                .anyMatch(e -> e.getText().contains("<img src=x onerror=alert(1)>")));
        b.lastAnswer("");
        assertThat(b.driver.findElements(By.cssSelector(".rq-turns img"))).isEmpty();
        Long overflow = (Long) b.js("return document.documentElement.scrollWidth - window.innerWidth");
        assertThat(overflow).isLessThanOrEqualTo(0L);
        b.screenshot("chat-phone.png");
        b.size(1280, 800);
    }
}
