package com.reportqa.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;

/** Shows a paragraph as text with the cited part marked, without ever interpreting it as HTML. */
final class Highlight {

    private Highlight() {
    }

    static void into(Div target, String text, String quote) {
        int at = quote == null || quote.isBlank() ? -1 : text.indexOf(quote.strip());
        if (at < 0) {
            target.setText(text);
            return;
        }
        int end = at + quote.strip().length();
        target.add(new Span(text.substring(0, at)));
        Element mark = new Element("mark");
        mark.setText(text.substring(at, end));
        target.getElement().appendChild(mark);
        target.add(new Span(text.substring(end)));
    }
}
