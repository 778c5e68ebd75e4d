package com.reportqa.export;

import java.util.ArrayList;
import java.util.List;

/** A strict little RFC 4180 reader for the tests: quoted cells, doubled quotes, CRLF rows. */
final class Rfc4180 {

    private Rfc4180() {
    }

    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char ch = csv.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                throw new IllegalStateException("Unquoted or bare character " + (int) ch + " at " + i);
            }
        }
        if (quoted || !row.isEmpty() || cell.length() > 0) {
            throw new IllegalStateException("The CSV does not end with CRLF");
        }
        return rows;
    }
}
