package com.reportqa.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;

/** Counts the live windows of every report in the index, and how many distinct ones: a diagnostic. */
final class IndexCensus {

    private IndexCensus() {
    }

    static Map<String, IndexedReport> count(IndexSearcher searcher, Map<String, Integer> expectedWindows)
            throws IOException {
        Map<String, int[]> windows = new HashMap<>();
        Map<String, Set<String>> distinct = new HashMap<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Bits live = leaf.reader().getLiveDocs();
            StoredFields stored = leaf.reader().storedFields();
            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                var fields = stored.document(doc);
                String report = fields.get(ParagraphIndex.REPORT_ID);
                windows.computeIfAbsent(report, r -> new int[1])[0]++;
                distinct.computeIfAbsent(report, r -> new HashSet<>()).add(fields.get(ParagraphIndex.CHUNK_ID));
            }
        }
        Map<String, IndexedReport> out = new HashMap<>();
        Set<String> ids = new HashSet<>(windows.keySet());
        ids.addAll(expectedWindows.keySet());
        for (String id : ids) {
            out.put(id, new IndexedReport(id, expectedWindows.getOrDefault(id, 0),
                    windows.containsKey(id) ? windows.get(id)[0] : 0,
                    distinct.containsKey(id) ? distinct.get(id).size() : 0));
        }
        return out;
    }
}
