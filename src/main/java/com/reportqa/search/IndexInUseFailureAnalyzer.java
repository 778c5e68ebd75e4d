package com.reportqa.search;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says in the operator's words why the app did not start, instead of a stack trace. */
final class IndexInUseFailureAnalyzer extends AbstractFailureAnalyzer<IndexInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable root, IndexInUseException cause) {
        return new FailureAnalysis(
                "索引目录 " + cause.dir() + " 正被另一个 report-qa 进程使用，本进程无法启动（索引未改动）。",
                "请先停止正在使用该数据目录的进程，或用 --data（reportqa.search.data-dir）指定另一个数据目录。",
                cause);
    }
}
