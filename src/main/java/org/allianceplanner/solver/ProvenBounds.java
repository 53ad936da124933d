package org.allianceplanner.solver;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The bounds proven in this process, by fingerprint of the problem and weights they depend on, the most
 * recently used kept: a bound holds for every plan of its problem, so it is proven once. Shared by the
 * allocation's and the calendar's bound.
 */
final class ProvenBounds<B> {

    private static final int SIZE = 64;

    private final Map<String, B> kept = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, B> eldest) {
            return size() > SIZE;
        }
    };

    /** The kept bound of this fingerprint, or null. */
    synchronized B get(String fingerprint) {
        return kept.get(fingerprint);
    }

    /**
     * The kept bound, or computes it (outside the lock: proving takes seconds) and keeps it when
     * {@code worthKeeping} says so (an unavailable bound may be proven on a later try).
     */
    B getOrCompute(String fingerprint, Supplier<B> compute, Predicate<B> worthKeeping) {
        B known = get(fingerprint);
        if (known != null) {
            return known;
        }
        B computed = compute.get();
        if (worthKeeping.test(computed)) {
            synchronized (this) {
                kept.put(fingerprint, computed);
            }
        }
        return computed;
    }

    synchronized void clear() {
        kept.clear();
    }
}
