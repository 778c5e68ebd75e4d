package com.reportqa.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Terms analyzed earlier, replayed as a token stream so the same text is not segmented again. */
final class TermList extends TokenStream {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final List<String> terms;
    private int next;

    TermList(List<String> terms) {
        this.terms = terms;
    }

    @Override
    public boolean incrementToken() {
        if (next == terms.size()) {
            return false;
        }
        clearAttributes();
        term.setEmpty().append(terms.get(next++));
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        next = 0;
    }
}
