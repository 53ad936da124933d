package org.allianceplanner.datasets;

import java.util.SplittableRandom;

/**
 * The random source of one dataset. The dataset's name is mixed into the seed so that two datasets
 * generated with the same seed do not share their draws (the same populations, the same hospital
 * busy weeks…). {@link String#hashCode()} is specified by the language, so this is stable everywhere.
 */
final class DatasetRandom {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private DatasetRandom() {
    }

    static SplittableRandom of(String dataset, long seed) {
        return new SplittableRandom(seed ^ (dataset.hashCode() * GOLDEN_GAMMA));
    }
}
