package com.reportqa.ui;

import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.web.server.LocalServerPort;

/** One Chromium per test class, started on first use against this class's server and closed after it. */
abstract class BrowserTest {

    private static Browser browser;

    @LocalServerPort
    int port;

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
            browser = null; // the next class has its own server and port
        }
    }

    Browser browser() {
        if (browser == null) {
            browser = new Browser(port);
        }
        return browser;
    }
}
