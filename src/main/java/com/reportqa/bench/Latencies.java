package com.reportqa.bench;

import java.util.Arrays;

/** Percentiles of measured durations, in milliseconds. */
record Latencies(int n, double p50, double p95, double p99) {

    static Latencies of(double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        return new Latencies(sorted.length, at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99));
    }

    private static double at(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    String cell() {
        return n == 0 ? "—" : String.format("%.1f / %.1f / %.1f", p50, p95, p99);
    }
}
