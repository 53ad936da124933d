package org.allianceplanner.benchmark.weights;

import java.util.Map;

import org.allianceplanner.model.AllianceConstraint;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A named weighting to compare with others: constraint weights by id (as in a plan's
 * {@code "weights"}), every constraint not named keeping its catalogue default. Read from
 * {@code benchmark/weights/*.json} by {@link WeightProfiles}.
 *
 * @param name        short id for tables and charts, e.g. locality-first
 * @param titleZh     Chinese title, e.g. 属地优先
 * @param titleEn     English title
 * @param description what the weighting stands for and what it changes
 * @param weights     overrides by constraint id; null or empty: the catalogue defaults
 */
public record WeightProfile(
        @NotBlank @Size(max = 100) String name,
        @Size(max = 100) String titleZh,
        @Size(max = 200) String titleEn,
        @Size(max = 2000) String description,
        Map<String, Long> weights) {

    /** The overrides, never null. */
    public Map<String, Long> overrides() {
        return weights == null ? Map.of() : weights;
    }

    /** "Title 中文 / English", or the name when a title is missing. */
    public String title() {
        String zh = blankToNull(titleZh);
        String en = blankToNull(titleEn);
        if (zh == null && en == null) {
            return name;
        }
        return zh == null ? en : en == null ? zh : zh + " " + en;
    }

    /**
     * The overrides that differ from the catalogue default, in catalogue order, as
     * {@code homeCommunity 3000→9000}; empty for the defaults.
     */
    public String changesFromDefaults() {
        StringBuilder changes = new StringBuilder();
        for (AllianceConstraint c : AllianceConstraint.values()) {
            Long weight = overrides().get(c.id());
            if (weight != null && weight != c.defaultWeight()) {
                changes.append(changes.length() == 0 ? "" : ", ").append(c.id()).append(' ')
                        .append(c.defaultWeight()).append('→').append(weight);
            }
        }
        return changes.toString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
