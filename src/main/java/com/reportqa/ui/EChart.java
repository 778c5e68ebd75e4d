package com.reportqa.ui;

import com.vaadin.flow.component.html.Div;

/**
 * A small wrapper around Apache ECharts. The library comes from the org.webjars.npm:echarts jar on the
 * classpath (served under /webjars), loaded on first use, so the precompiled Vaadin bundle stays untouched
 * and nothing is fetched from outside the app.
 */
class EChart extends Div {

    static final String LIBRARY = "webjars/echarts/5.3.1/dist/echarts.min.js";

    private static final String DRAW = """
            const el = this;
            const option = JSON.parse($0);
            const draw = () => {
              el.__chart = el.__chart || echarts.init(el, null, {renderer: 'svg'});
              el.__chart.setOption(option, true);
              el.__chart.resize();
              el.setAttribute('data-drawn', 'true');
            };
            if (window.echarts) { draw(); return; }
            let script = document.querySelector('script[data-echarts]');
            if (!script) {
              script = document.createElement('script');
              script.src = $1;
              script.setAttribute('data-echarts', '');
              document.head.appendChild(script);
            }
            script.addEventListener('load', draw);""";

    EChart() {
        addClassName("rq-chart");
    }

    /** Draws an ECharts option given as JSON. */
    void draw(String optionJson) {
        getElement().removeAttribute("data-drawn");
        getElement().executeJs(DRAW, optionJson, LIBRARY);
    }
}
