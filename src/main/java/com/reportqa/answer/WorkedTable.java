package com.reportqa.answer;

import com.reportqa.ingest.Place;
import com.reportqa.ingest.Report;
import java.math.BigDecimal;
import java.util.List;

/**
 * The table of a comparison worked out place by place (人均办案量, 平均每场, 占比): rank, place, year, the value, how
 * it was worked out and the sentences it comes from. Places of equal value share a rank.
 */
final class WorkedTable {

    /**
     * @param shown  the value as written in the table (约300人次/场, 26.1%)
     * @param how    what was divided by what (走访小微企业216家÷（216家＋611家）)
     * @param quoted the source sentences, quoted with their citation markers
     */
    record Row(BigDecimal value, Report report, String shown, String how, String quoted) {
    }

    private WorkedTable() {
    }

    /**
     * @param rows   best first
     * @param places every place of the corpus, so that same-named places are told apart
     */
    static String of(String column, List<Row> rows, List<Place> places) {
        StringBuilder table = new StringBuilder("| 排名 | 地方 | 年度 | " + column
                + " | 计算 | 原文 |\n|---|---|---|---|---|---|\n");
        int rank = 0;
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            rank = i > 0 && row.value().compareTo(rows.get(i - 1).value()) == 0 ? rank : i + 1;
            table.append("| ").append(rank).append(" | ").append(row.report().place().nameAmong(places)).append(" | ")
                    .append(row.report().year()).append(" | ").append(row.shown()).append(" | ").append(row.how())
                    .append(" | ").append(row.quoted()).append(" |\n");
        }
        return table.toString();
    }
}
