package com.reportqa.bench;

/**
 * The measurements of one corpus size, report-qa and stock Lucene side by side.
 *
 * @param warmStartSeconds a fresh JVM running {@code reports} on the unchanged corpus and its index
 * @param stockOpenSeconds opening the stock Lucene index (it has nothing else to load)
 */
record Column(String label, int reports, double megabytes, double ingestSeconds, double stockIngestSeconds,
        long indexBytes, long stockIndexBytes, double warmStartSeconds, double stockOpenSeconds, double heapMb,
        Latencies retrieval, Latencies stockRetrieval, Latencies numeric, Latencies extractive, Score numericExact,
        Score stockNumeric, Score compare, Score stockCompare, Score none, Score stockNone, Score fact,
        Score stockFact, Score clarified, int merged, Score withCounty) {

    /** {@code ok} of {@code n} questions. */
    record Score(int ok, int n) {
        Score plus(boolean correct) {
            return new Score(ok + (correct ? 1 : 0), n + 1);
        }

        String cell() {
            return n == 0 ? "—" : String.format("%d/%d (%.1f%%)", ok, n, 100.0 * ok / n);
        }
    }
}
