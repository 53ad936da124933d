package org.allianceplanner.datasets;

import java.util.ArrayList;
import java.util.List;

import org.allianceplanner.io.NeedDocument;
import org.allianceplanner.model.ServiceVocabulary;

/**
 * Parses the short code lists the curated data is written in, and refuses any code outside
 * {@link ServiceVocabulary}: a misspelt code would silently never match a need, so it must fail
 * when the dataset is built, not when a plan is read.
 */
final class VocabularyCodes {

    private VocabularyCodes() {
    }

    static String known(String code) {
        if (!ServiceVocabulary.isKnown(code)) {
            throw new IllegalArgumentException("\"" + code + "\" is not in the service vocabulary");
        }
        return code;
    }

    /** "HEALTH_CARE,ELDERLY_CARE" → the codes, in that order; blank → none. */
    static List<String> codes(String commaSeparated) {
        List<String> codes = new ArrayList<>();
        for (String part : commaSeparated.split(",")) {
            if (!part.isBlank()) {
                codes.add(known(part.trim()));
            }
        }
        return codes;
    }

    /** "ELDERLY_CARE:3,GOVERNANCE:2" → needs with those priorities; blank → none. */
    static List<NeedDocument> needs(String commaSeparated) {
        List<NeedDocument> needs = new ArrayList<>();
        for (String part : commaSeparated.split(",")) {
            if (!part.isBlank()) {
                String[] codeAndNumber = splitPair(part);
                needs.add(new NeedDocument(known(codeAndNumber[0]), Integer.parseInt(codeAndNumber[1])));
            }
        }
        return needs;
    }

    /** "ELDERLY_CARE:5 HEALTH_CARE:3" → a weighted pool of codes, in the order written. */
    static WeightedChoices<String> weighted(String spaceSeparated) {
        WeightedChoices.Builder<String> pool = WeightedChoices.builder();
        for (String part : spaceSeparated.trim().split("\\s+")) {
            String[] codeAndNumber = splitPair(part);
            pool.add(known(codeAndNumber[0]), Integer.parseInt(codeAndNumber[1]));
        }
        return pool.build();
    }

    private static String[] splitPair(String part) {
        String[] pair = part.trim().split(":");
        if (pair.length != 2) {
            throw new IllegalArgumentException("expected CODE:number, got \"" + part + "\"");
        }
        return pair;
    }
}
