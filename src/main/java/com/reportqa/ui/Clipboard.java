package com.reportqa.ui;

/** Copying text in the browser, with a fallback where the Clipboard API is not available (plain http). */
final class Clipboard {

    static final String COPY = """
            const text = $0;
            if (navigator.clipboard && window.isSecureContext) {
              navigator.clipboard.writeText(text);
            } else {
              const area = document.createElement('textarea');
              area.value = text;
              document.body.appendChild(area);
              area.select();
              document.execCommand('copy');
              area.remove();
            }""";

    private Clipboard() {
    }
}
