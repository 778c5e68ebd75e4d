package com.reportqa.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;

/** The bar on top of every view. */
final class Header {

    private Header() {
    }

    /** The title, the views, then the view's own actions and who is logged in (see {@link UiActions#account}). */
    static Div create(Component account, Component... actions) {
        Nav nav = new Nav(new Anchor("/", "问答"), new Anchor("/reports", "报告"), new Anchor("/figures", "数字"));
        Div header = new Div(new H1("法治报告问答"), nav);
        for (Component a : actions) {
            header.add(a);
        }
        header.add(account);
        header.addClassName("rq-header");
        return header;
    }
}
