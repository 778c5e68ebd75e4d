package com.reportqa.search;

import com.reportqa.lexicon.ChineseScript;
import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.CharFilter;

/**
 * Reads traditional characters as simplified ones before tokenizing, so a page published as 東城區 is found by
 * 东城区. One character for one: offsets need no correction.
 */
final class SimplifiedCharFilter extends CharFilter {

    SimplifiedCharFilter(Reader in) {
        super(in);
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        int n = input.read(cbuf, off, len);
        for (int i = off; i < off + Math.max(n, 0); i++) {
            cbuf[i] = ChineseScript.simplified(cbuf[i]);
        }
        return n;
    }

    @Override
    protected int correct(int currentOff) {
        return currentOff;
    }
}
