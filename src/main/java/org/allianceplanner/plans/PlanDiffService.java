package org.allianceplanner.plans;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.allianceplanner.explain.Km;
import org.allianceplanner.explain.PlainScore;
import org.allianceplanner.io.ActivityDocument;
import org.allianceplanner.io.CommunityDocument;
import org.allianceplanner.io.InvalidInputException;
import org.allianceplanner.io.OrganizationDocument;
import org.allianceplanner.io.PlanDocument;
import org.allianceplanner.io.PlanMapper;
import org.allianceplanner.messages.Localized;
import org.allianceplanner.messages.Message;
import org.allianceplanner.messages.ConflictException;
import org.allianceplanner.messages.NotFoundException;
import org.allianceplanner.model.AllianceConstraint;
import org.allianceplanner.model.ConstraintLevel;
import org.allianceplanner.solver.AllianceSolvers;
import org.allianceplanner.solver.PlanKpis;
import org.allianceplanner.solver.ScoreAnalysis;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.springframework.stereotype.Service;


/**
 * Who moves between two plans of one scope, and why. Both assignments are scored on the same
 * problem — that of the plan asked about, so with its master data, weights and stability — so the
 * score gain is the gain of the change alone. Each moved organization's reason is the difference, per
 * constraint, of the matches that name it: what the move improves and what it costs.
 */
@Service
public class PlanDiffService {

    /**
     * One side of the comparison, as the plan itself reports it: {@code score} is its score as solved,
     * which can differ from its score on the other plan's problem when the master data changed since.
     */
    public record Side(String id, String name, Instant submittedAt, String status, String origin, String score,
            PlanKpis kpis, String adoptedBy) {
    }

    private org.allianceplanner.store.ScopeRepository scopes;

    /** Who adopted a side (when it was adopted by a signed-in user). */
    @org.springframework.beans.factory.annotation.Autowired(required = false)
    void setScopes(org.allianceplanner.store.ScopeRepository scopes) {
        this.scopes = scopes;
    }

    /** How much a constraint gains (positive) or loses, in its level's units. */
    public record ConstraintGain(String name, String zh, String en, String level, long before, long after,
            long gain) {
    }

    /** How many changed; {@code displaced} counts the moved whose community was removed. */
    public record Summary(int moved, int displaced, int added, int removed, int assigned, int unassigned,
            int unchanged) {
    }

    /**
     * One organization that changed: MOVED (from one community to another), ADDED (new in the master
     * data), REMOVED (gone from it), ASSIGNED (placed, was not) or UNASSIGNED (no longer placed).
     */
    public record Change(String organization, String name, String change, String from, String fromName, String to,
            String toName, String gain, Double gainKm, String verdict, List<ConstraintGain> improves,
            List<ConstraintGain> worsens, String reasonZh, String reasonEn) {
    }

    public record Diff(String scope, Side plan, Side against, PlanKpis kpisBefore, PlanKpis kpisAfter,
            String scoreBefore, String scoreAfter, String scoreGain, List<ConstraintGain> constraintGains,
            Summary summary, List<Change> changes, PlainScore plainBefore, PlainScore plainAfter,
            PlainScore.Change scoreChange) {
    }

    private final PlanService plans;
    private final AllianceSolvers solvers;

    public PlanDiffService(PlanService plans, AllianceSolvers solvers) {
        this.plans = plans;
        this.solvers = solvers;
    }

    /** The changes from plan {@code againstId} (before) to plan {@code id} (after). */
    public Diff diff(String id, String againstId) {
        if (againstId == null || againstId.isBlank()) {
            throw InvalidInputException.at("against", "diff.againstRequired");
        }
        PlanJob after = plans.find(id).orElseThrow(() -> NotFoundException.plan(id));
        PlanJob before = plans.find(againstId).orElseThrow(() -> NotFoundException.plan(againstId));
        if (!Objects.equals(after.scope(), before.scope())) {
            throw InvalidInputException.at("against", "diff.otherScope", againstId, before.scope(), id, after.scope());
        }
        PlanJob.Snapshot afterSnapshot = solved(after);
        PlanJob.Snapshot beforeSnapshot = solved(before);
        PlanDocument afterDoc = afterSnapshot.document();
        PlanDocument beforeDoc = beforeSnapshot.document();

        Map<String, String> beforeAssignment = new LinkedHashMap<>();
        beforeDoc.organizations().forEach(o -> beforeAssignment.put(o.id(), o.community()));
        ScoreAnalysis afterAnalysis = solvers.explain(PlanMapper.toModel(afterDoc));
        ScoreAnalysis beforeAnalysis = solvers.explain(PlanMapper.toModel(withAssignment(afterDoc, beforeAssignment,
                beforeDoc)));

        Map<String, String> communityNames = new HashMap<>();
        beforeDoc.communities().forEach(c -> communityNames.put(c.id(), c.name()));
        afterDoc.communities().forEach(c -> communityNames.put(c.id(), c.name()));
        Map<String, Map<AllianceConstraint, Long>> afterImpacts = impactsByOrganization(afterAnalysis);
        Map<String, Map<AllianceConstraint, Long>> beforeImpacts = impactsByOrganization(beforeAnalysis);

        List<Change> changes = new ArrayList<>();
        Set<String> afterCommunities = afterDoc.communities().stream().map(CommunityDocument::id)
                .collect(Collectors.toSet());
        int moved = 0;
        int displaced = 0;
        int added = 0;
        int removed = 0;
        int assigned = 0;
        int unassigned = 0;
        int unchanged = 0;
        Set<String> afterIds = new LinkedHashSet<>();
        for (OrganizationDocument o : afterDoc.organizations()) {
            afterIds.add(o.id());
            boolean isNew = !beforeAssignment.containsKey(o.id());
            String from = isNew ? null : beforeAssignment.get(o.id());
            String to = o.community();
            if (!isNew && Objects.equals(from, to)) {
                unchanged++;
                continue;
            }
            String kind;
            if (isNew) {
                kind = "ADDED";
                added++;
            } else if (from == null) {
                kind = "ASSIGNED";
                assigned++;
            } else if (to == null) {
                kind = "UNASSIGNED";
                unassigned++;
            } else {
                kind = "MOVED";
                moved++;
            }
            boolean fromRemoved = from != null && !afterCommunities.contains(from);
            if (fromRemoved && to != null) {
                displaced++;
            }
            List<ConstraintGain> gains = gains(beforeImpacts.getOrDefault(o.id(), Map.of()),
                    afterImpacts.getOrDefault(o.id(), Map.of()));
            changes.add(change(o.id(), o.name(), kind, from, to, communityNames, gains, fromRemoved));
        }
        for (OrganizationDocument o : beforeDoc.organizations()) {
            if (!afterIds.contains(o.id())) {
                removed++;
                changes.add(change(o.id(), o.name(), "REMOVED", o.community(), null, communityNames, List.of(),
                        false));
            }
        }

        HardMediumSoftLongScore scoreBefore = HardMediumSoftLongScore.parseScore(beforeAnalysis.score());
        HardMediumSoftLongScore scoreAfter = HardMediumSoftLongScore.parseScore(afterAnalysis.score());
        List<ConstraintGain> constraintGains = new ArrayList<>();
        for (int i = 0; i < afterAnalysis.constraints().size(); i++) {
            ScoreAnalysis.ConstraintResult a = afterAnalysis.constraints().get(i);
            ScoreAnalysis.ConstraintResult b = beforeAnalysis.constraints().get(i);
            if (a.impact() != b.impact()) {
                constraintGains.add(new ConstraintGain(a.name(), a.zh(), a.en(), a.level(), b.impact(), a.impact(),
                        a.impact() - b.impact()));
            }
        }
        return new Diff(after.scope(), side(after, afterSnapshot), side(before, beforeSnapshot), beforeSnapshot.kpis(),
                afterSnapshot.kpis(), scoreBefore.toString(), scoreAfter.toString(),
                scoreAfter.subtract(scoreBefore).toString(), constraintGains,
                new Summary(moved, displaced, added, removed, assigned, unassigned, unchanged), changes,
                PlainScore.of(beforeAnalysis), PlainScore.of(afterAnalysis),
                PlainScore.change(scoreBefore, scoreAfter, beforeAnalysis, afterAnalysis));
    }

    private static PlanJob.Snapshot solved(PlanJob job) {
        PlanJob.Snapshot snapshot = job.snapshot();
        if (job.score() == null && snapshot.solution().getScore() == null) {
            throw ConflictException.of("noSolutionYet", job.id(), job.state());
        }
        return snapshot;
    }

    private Side side(PlanJob job, PlanJob.Snapshot snapshot) {
        HardMediumSoftLongScore score = job.score();
        return new Side(job.id(), job.name(), job.submittedAt(), job.state().name(), job.origin().name(),
                score == null ? null : score.toString(), snapshot.kpis(),
                scopes == null ? null : scopes.adoptedBy(job.id()).orElse(null));
    }

    /**
     * The problem of {@code document} with the other plan's assignment: its organizations'
     * communities (organizations it lacks, or placed in a community the problem no longer has, stay
     * unplaced, and unpinned when nothing keeps them) and its activities' dates. The dates belong to
     * the assignment as much as the communities: the other plan's members scored on this plan's dates
     * would break blackouts and gaps that neither plan breaks on its own. An activity the other plan
     * does not have (a community it did not know) keeps this plan's date.
     */
    private static PlanDocument withAssignment(PlanDocument document, Map<String, String> assignment,
            PlanDocument other) {
        Set<String> communities = document.communities().stream().map(CommunityDocument::id)
                .collect(Collectors.toSet());
        PlanDocument placed = document.withScore(null).mapOrganizations(o -> {
            String community = assignment.get(o.id());
            if (community != null && communities.contains(community)) {
                return o.withCommunity(community);
            }
            return o.pinnedOrDefault() && o.currentCommunity() == null ? o.withCommunity(null).withPinned(null)
                    : o.withCommunity(null);
        });
        if (placed.activities() == null || other.activities() == null) {
            return placed;
        }
        Map<String, String> otherDates = new HashMap<>();
        other.activities().forEach(a -> otherDates.put(activityKey(a.type(), a.community(), a.sequence()), a.date()));
        return placed.withActivities(placed.activities().stream().map(a -> {
            String date = otherDates.get(activityKey(a.type(), a.community(), a.sequence()));
            return date == null ? a
                    : new ActivityDocument(a.id(), a.type(), a.community(), a.sequence(), a.window(), date, a.pinned());
        }).toList());
    }

    private static String activityKey(String type, String community, Integer sequence) {
        return type + "|" + community + "|" + sequence;
    }

    /** Per organization and constraint, the summed impact of the matches that name it. */
    private static Map<String, Map<AllianceConstraint, Long>> impactsByOrganization(ScoreAnalysis analysis) {
        Map<String, Map<AllianceConstraint, Long>> impacts = new HashMap<>();
        for (ScoreAnalysis.ConstraintResult result : analysis.constraints()) {
            AllianceConstraint constraint = AllianceConstraint.byId(result.name()).orElseThrow();
            for (ScoreAnalysis.Match match : result.matches()) {
                for (String organization : match.organizations()) {
                    impacts.computeIfAbsent(organization, k -> new LinkedHashMap<>())
                            .merge(constraint, match.impact(), Long::sum);
                }
            }
        }
        return impacts;
    }

    private static List<ConstraintGain> gains(Map<AllianceConstraint, Long> before, Map<AllianceConstraint, Long> after) {
        List<ConstraintGain> gains = new ArrayList<>();
        for (AllianceConstraint c : AllianceConstraint.values()) {
            long b = before.getOrDefault(c, 0L);
            long a = after.getOrDefault(c, 0L);
            if (a != b) {
                gains.add(new ConstraintGain(c.id(), c.zh(), c.en(), c.level().name(), b, a, a - b));
            }
        }
        // Hard before medium before soft, the biggest first within a level.
        gains.sort(Comparator.comparing((ConstraintGain g) -> ConstraintLevel.valueOf(g.level()))
                .thenComparing(g -> -Math.abs(g.gain())));
        return gains;
    }

    private static Change change(String id, String name, String kind, String from, String to,
            Map<String, String> communityNames, List<ConstraintGain> gains, boolean fromRemoved) {
        String fromName = from == null ? null : communityNames.getOrDefault(from, from);
        // The community it leaves no longer exists: say so, it explains the move (and its "unassigned" gain).
        Object fromLabel = fromRemoved ? Message.of("diff.removedCommunity", fromName) : fromName;
        String toName = to == null ? null : communityNames.getOrDefault(to, to);
        long hard = 0;
        long medium = 0;
        long soft = 0;
        for (ConstraintGain g : gains) {
            switch (ConstraintLevel.valueOf(g.level())) {
                case HARD -> hard += g.gain();
                case MEDIUM -> medium += g.gain();
                case SOFT -> soft += g.gain();
            }
        }
        HardMediumSoftLongScore gain = HardMediumSoftLongScore.of(hard, medium, soft);
        List<ConstraintGain> improves = gains.stream().filter(g -> g.gain() > 0).toList();
        List<ConstraintGain> worsens = gains.stream().filter(g -> g.gain() < 0).toList();
        Message because = because(improves, worsens);
        Message reason = switch (kind) {
            case "REMOVED" -> Message.of("diff.removed", name, fromName == null ? Message.of("diff.noAlliance") : fromName);
            case "ADDED" -> Message.of("diff.added", name, toName == null ? Message.of("diff.noCommunity") : toName,
                    because);
            case "UNASSIGNED" -> Message.of("diff.unassigned", name, fromLabel, because);
            case "ASSIGNED" -> Message.of("diff.assigned", name, toName, because);
            default -> Message.of("diff.moved", name, fromLabel, toName, because);
        };
        if (!"REMOVED".equals(kind)) {
            // Every change says whether it is better or worse, and by how much (km-equivalent).
            reason = Message.of("diff.withVerdict", reason, PlainScore.sentence(gain));
        }
        int sign = gain.compareTo(HardMediumSoftLongScore.ZERO);
        return new Change(id, name, kind, from, fromName, to, toName, "REMOVED".equals(kind) ? null : gain.toString(),
                "REMOVED".equals(kind) ? null : Km.of(gain.softScore()),
                "REMOVED".equals(kind) ? null : sign > 0 ? "BETTER" : sign < 0 ? "WORSE" : "SAME",
                improves, worsens, reason.zh(), reason.en());
    }

    /**
     * What a change improves and what it costs, per constraint in words and points in either language
     * ("同类单位扎堆 +5500分"), never by the constraint's or the level's code name.
     */
    private static Message because(List<ConstraintGain> improves, List<ConstraintGain> worsens) {
        Localized better = Localized.list(improves.stream().map(g -> Message.of("diff.gain.better",
                Localized.term(g.zh(), g.en()), g.gain(), unit(g))).toList());
        Localized worse = Localized.list(worsens.stream().map(g -> Message.of("diff.gain.worse",
                Localized.term(g.zh(), g.en()), g.gain(), unit(g))).toList());
        if (improves.isEmpty() && worsens.isEmpty()) {
            return Message.of("diff.because.none");
        }
        if (worsens.isEmpty()) {
            return Message.of("diff.because.better", better);
        }
        return improves.isEmpty() ? Message.of("diff.because.worse", worse) : Message.of("diff.because.both", better, worse);
    }

    /** The points of a constraint's level, in words. */
    private static Message unit(ConstraintGain gain) {
        return switch (gain.level()) {
            case "HARD" -> Message.of("diff.unit.hard");
            case "MEDIUM" -> Message.of("diff.unit.medium");
            default -> Message.of("diff.unit.soft");
        };
    }
}
