package org.allianceplanner.explain;

import java.util.List;

/**
 * What the explanations answer, as JSON for the page and the API: every text in Chinese and English
 * (rendered from the message bundles), every soft amount also as km-equivalent (one decimal).
 */
public final class Explanations {

    private Explanations() {
    }

    /** A sentence in both languages. */
    public record Text(String zh, String en) {
    }

    /**
     * How one constraint changes with a move: {@code change} in its level's points (positive is
     * better), {@code km} the same as km-equivalent when the level is soft, with the principle it serves.
     */
    public record Effect(String name, String nameZh, String nameEn, String principle, String principleZh,
            String principleEn, String level, long change, Double km, String zh, String en) {
    }

    /** A hard rule a placement would break, with the rule's sentence for the alliance or unit it concerns. */
    public record Broken(String name, String nameZh, String nameEn, long change, String zh, String en) {
    }

    /**
     * One placement tried: {@code organization} put in {@code community} (nobody else moved, except the
     * partner of a swap). {@code score} is the plan's score with it, {@code change} its difference to the
     * plan as it is (positive is better), {@code changeKm} the soft part as km-equivalent; {@code verdict}
     * BETTER, WORSE or SAME. {@code swap} is the best swap with a member of that community, given when
     * the plain move breaks a hard rule.
     */
    public record Option(String organization, String organizationName, String from, String fromName,
            String community, String communityName, String street, boolean current, boolean feasible,
            List<Broken> breaks, String score, String change, long softChange, double changeKm, String verdict,
            Double distanceKm, List<Effect> effects, String zh, String en, Swap swap) {
    }

    /** A swap: the unit to the community, and {@code partner} (a member there) to the unit's community. */
    public record Swap(String partner, String partnerName, String partnerTo, String partnerToName, boolean feasible,
            List<Broken> breaks, String score, String change, long softChange, double changeKm, String verdict,
            List<Effect> effects, String zh, String en) {
    }

    /** A need and its code, priority and names. */
    public record NeedRef(String code, String zh, String en, int priority) {
    }

    /**
     * One unit: where it is and why (its facts and the score's matches that name it), its current
     * place as an option with no change, and the best {@code alternatives} elsewhere, best first.
     */
    public record Alternatives(String organization, String name, String type, String typeZh, String typeEn,
            boolean pinned, String community, String communityName, String street, String homeCommunity,
            String homeCommunityName, String currentCommunity, String currentCommunityName,
            List<NeedRef> capabilities, List<NeedRef> serves, Double distanceKm, List<Text> facts,
            List<Text> matches, String score, double scoreKm, int communitiesTried, int feasibleElsewhere,
            List<Option> alternatives, String zh, String en) {
    }

    /** An uncovered need of a community and the units that could cover it, cheapest first. */
    public record NeedCandidates(String community, String communityName, String street, NeedRef need,
            List<Option> candidates, String zh, String en) {
    }

    /** Where a unit not (yet) in the plan fits best: the top communities, nobody else moved. */
    public record Fit(String organization, String name, boolean added, String score, List<Option> fits,
            String zh, String en) {
    }

    /** Every unit of a plan with its best alternatives, and how long it took. */
    public record Report(String score, double scoreKm, int organizations, int betterElsewhere, long millis,
            List<Alternatives> units) {
    }
}
