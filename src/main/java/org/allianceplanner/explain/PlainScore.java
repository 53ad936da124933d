package org.allianceplanner.explain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.allianceplanner.messages.Localized;
import org.allianceplanner.messages.Message;
import org.allianceplanner.model.AllianceConstraint;
import org.allianceplanner.model.ConstraintGroup;
import org.allianceplanner.solver.ScoreAnalysis;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * A score in plain words: hard rules kept or broken, units left unassigned, and the soft score as
 * 公里当量 (km-equivalent: soft points are metres of travel), with subtotals per principle (属地优先,
 * 职能与需求相匹配, 数量均衡, 稳定, 联合活动…). Constraints are grouped by the catalogue's principle; one
 * the catalogue does not know counts under {@code OTHER}.
 */
public record PlainScore(String score, boolean feasible, long hard, long medium, long soft, double softKm, String zh,
        String en, List<Principle> principles) {

    /** One principle's share of the score: its points per level and its soft part as km-equivalent. */
    public record Principle(String code, String zh, String en, long hard, long medium, long soft, double km) {
    }

    /** How a score changed: positive is better; {@code verdict} BETTER, WORSE or SAME, told in a sentence. */
    public record Change(String change, long hard, long medium, long soft, double km, String verdict, String zh,
            String en, List<Principle> principles) {
    }

    /** The score's words without subtotals (when no analysis is at hand). */
    public static PlainScore of(HardMediumSoftLongScore score) {
        return of(score, null);
    }

    /** The score's words with each principle's subtotal from the analysis. */
    public static PlainScore of(ScoreAnalysis analysis) {
        return of(HardMediumSoftLongScore.parseScore(analysis.score()), principles(analysis));
    }

    private static PlainScore of(HardMediumSoftLongScore score, List<Principle> principles) {
        Message words = words(score);
        return new PlainScore(score.toString(), score.isFeasible(), score.hardScore(), score.mediumScore(),
                score.softScore(), Km.of(score.softScore()), words.zh(), words.en(), principles);
    }

    /** "硬性规则全部满足，全部单位已分配；软分约合389.7公里当量（…）。" */
    public static Message words(HardMediumSoftLongScore score) {
        Message hard = score.hardScore() >= 0 ? Message.of("explain.score.feasible")
                : Message.of("explain.score.infeasible", -score.hardScore());
        Message medium = score.mediumScore() >= 0 ? Message.of("explain.score.allPlaced")
                : Message.of("explain.score.unassigned", -score.mediumScore());
        return Message.of("explain.score.words", hard, medium, Km.plain(score.softScore()), score.softScore());
    }

    /** From {@code before} to {@code after}, with the per-principle changes when both analyses are given. */
    public static Change change(HardMediumSoftLongScore before, HardMediumSoftLongScore after, ScoreAnalysis beforeAnalysis,
            ScoreAnalysis afterAnalysis) {
        HardMediumSoftLongScore change = after.subtract(before);
        List<Principle> principles = null;
        if (beforeAnalysis != null && afterAnalysis != null) {
            principles = new ArrayList<>();
            List<Principle> b = principles(beforeAnalysis);
            List<Principle> a = principles(afterAnalysis);
            for (int i = 0; i < a.size(); i++) {
                Principle x = a.get(i);
                Principle y = b.get(i);
                principles.add(new Principle(x.code(), x.zh(), x.en(), x.hard() - y.hard(), x.medium() - y.medium(),
                        x.soft() - y.soft(), Km.of(x.soft() - y.soft())));
            }
        }
        Message sentence = sentence(change);
        int sign = change.compareTo(HardMediumSoftLongScore.ZERO);
        return new Change(change.toString(), change.hardScore(), change.mediumScore(), change.softScore(),
                Km.of(change.softScore()), sign > 0 ? "BETTER" : sign < 0 ? "WORSE" : "SAME", sentence.zh(),
                sentence.en(), principles);
    }

    /** "总体变好：少违反1处硬性规则、软分变好约0.7公里当量。" */
    public static Message sentence(HardMediumSoftLongScore change) {
        List<Message> parts = new ArrayList<>();
        if (change.hardScore() != 0) {
            parts.add(Message.of(change.hardScore() > 0 ? "explain.change.hardBetter" : "explain.change.hardWorse",
                    Math.abs(change.hardScore())));
        }
        if (change.mediumScore() != 0) {
            parts.add(Message.of(change.mediumScore() > 0 ? "explain.change.mediumBetter" : "explain.change.mediumWorse",
                    Math.abs(change.mediumScore())));
        }
        if (Km.signed(change.softScore()).equals("0.0")) {
            if (change.softScore() != 0) {
                parts.add(Message.of("explain.change.softTiny"));
            }
        } else {
            parts.add(Message.of(change.softScore() > 0 ? "explain.change.softBetter" : "explain.change.softWorse",
                    Km.plain(change.softScore())));
        }
        int sign = change.compareTo(HardMediumSoftLongScore.ZERO);
        if (sign == 0) {
            return Message.of("explain.change.same");
        }
        return Message.of(sign > 0 ? "explain.change.better" : "explain.change.worse", Localized.list(parts));
    }

    /** Each principle of the catalogue (and OTHER for constraints it does not know), in the catalogue's order. */
    public static List<Principle> principles(ScoreAnalysis analysis) {
        Map<ConstraintGroup, long[]> sums = new EnumMap<>(ConstraintGroup.class);
        for (ConstraintGroup group : ConstraintGroup.values()) {
            sums.put(group, new long[3]);
        }
        long[] other = new long[3];
        for (ScoreAnalysis.ConstraintResult result : analysis.constraints()) {
            HardMediumSoftLongScore s = HardMediumSoftLongScore.parseScore(result.score());
            long[] sum = AllianceConstraint.byId(result.name()).map(c -> sums.get(c.group())).orElse(other);
            sum[0] += s.hardScore();
            sum[1] += s.mediumScore();
            sum[2] += s.softScore();
        }
        List<Principle> principles = new ArrayList<>();
        sums.forEach((group, sum) -> principles.add(new Principle(group.name(), group.zh(), group.en(), sum[0], sum[1],
                sum[2], Km.of(sum[2]))));
        if (other[0] != 0 || other[1] != 0 || other[2] != 0) {
            Message name = Message.of("explain.principle.other");
            principles.add(new Principle("OTHER", name.zh(), name.en(), other[0], other[1], other[2], Km.of(other[2])));
        }
        return principles;
    }
}
