package com.example.authstarter.bench;

import java.util.List;

/** Nearest-rank percentiles of sorted samples. */
final class Percentiles {

    private Percentiles() {}

    static long of(List<Long> sorted, double percentile) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}
