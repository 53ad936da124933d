package org.allianceplanner.explain;

import org.allianceplanner.io.InvalidInputException;

/** The {@code limit} of an explanation: how many alternatives, candidates or fits to list. */
public final class Limits {

    private Limits() {
    }

    /** A whole number from 1 to {@link Explainer#MAX_LIMIT}; {@code otherwise} when not given; else 400 on "limit". */
    public static int limit(String value, int otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            int k = Integer.parseInt(value.strip());
            if (k >= 1 && k <= Explainer.MAX_LIMIT) {
                return k;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw InvalidInputException.at("limit", "explain.limitRange", value, 1, Explainer.MAX_LIMIT);
    }
}
