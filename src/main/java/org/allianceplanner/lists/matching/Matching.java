package org.allianceplanner.lists.matching;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.allianceplanner.lists.ListNeed;
import org.allianceplanner.lists.ListProject;
import org.allianceplanner.lists.ListResource;
import org.allianceplanner.lists.ProjectStatus;
import org.allianceplanner.lists.ThreeLists;
import org.allianceplanner.messages.Message;
import org.allianceplanner.model.ServiceVocabulary;
import org.allianceplanner.messages.Localized;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicType;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;

/**
 * The matching proposal: an OptaPlanner solve over the open needs of a scope's lists that proposes a
 * project (待认领) for each need it can serve, each with its reason in a sentence. Spring-free: the
 * service, the CLI-style benchmark and the tests drive the very same solve.
 */
public final class Matching {

    /** A solve's outcome: the proposals, the score, each rule's total and matches, how long it took. */
    public record Result(List<ListProject> proposals, HardMediumSoftLongScore score, List<RuleTotal> rules,
            int openNeeds, long solveMillis) {
    }

    /** One rule's part of the score with each match's sentence. */
    public record RuleTotal(String rule, String score, int matches, List<MatchReason> reasons) {
    }

    private Matching() {
    }

    /** The solver configuration: hardest needs first, then local search until a limit (the limits are its). */
    public static SolverConfig config(Duration limit, Duration unimproved, Long seed) {
        TerminationConfig termination = new TerminationConfig().withSpentLimit(limit);
        if (unimproved != null) {
            termination.setUnimprovedSpentLimit(unimproved);
        }
        SolverConfig config = new SolverConfig()
                .withSolutionClass(MatchingProblem.class)
                .withEntityClasses(NeedMatch.class)
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                        .withConstraintProviderClass(MatchingConstraints.class)
                        .withConstraintStreamImplType(ConstraintStreamImplType.BAVET))
                // The limits are the local search's: the construction always places every need first, so
                // even a loaded machine answers with a whole proposal, never a half-built one.
                .withPhases(new ConstructionHeuristicPhaseConfig()
                                .withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT_DECREASING),
                        new LocalSearchPhaseConfig().withTerminationConfig(termination));
        if (seed != null) {
            config.setRandomSeed(seed);
        }
        return config;
    }

    /** The first month a proposal may take: the month of {@code asOf} in the lists' year. */
    public static int firstMonth(int year, LocalDate asOf) {
        if (asOf.getYear() < year) {
            return 1;
        }
        return asOf.getYear() > year ? 12 : asOf.getMonthValue();
    }

    /** The planning problem for the open needs of {@code lists} (without open proposals) on {@code asOf}. */
    public static MatchingProblem problem(ThreeLists lists, LocalDate asOf, MatchingWeights weights) {
        int first = firstMonth(lists.year(), asOf);
        Map<String, Integer> used = lists.usedCapacity();
        Map<String, List<Offer>> byCapability = new LinkedHashMap<>();
        List<Offer> offers = new ArrayList<>();
        for (ListResource r : lists.resources()) {
            int remaining = r.capacity() - used.getOrDefault(r.id(), 0);
            if (remaining <= 0) {
                continue;
            }
            Offer offer = new Offer(r.id(), r.title(), r.organization(), r.organizationLabel(), r.alliance(),
                    r.street(), r.capability(), remaining, new HashSet<>(r.monthsOrAll()));
            offers.add(offer);
            byCapability.computeIfAbsent(r.capability(), k -> new ArrayList<>()).add(offer);
        }
        List<NeedMatch> matches = new ArrayList<>();
        for (ListNeed n : lists.openNeeds()) {
            Set<Integer> meetings = new HashSet<>(lists.meetingMonths(n.community()));
            long waiting = Math.max(0, ChronoUnit.DAYS.between(n.raisedOn(), asOf));
            matches.add(new NeedMatch(n.id(), n.title(), n.community(), n.street(), n.category(), n.priority(),
                    n.effortOrDefault(), waiting, meetings, first, byCapability.getOrDefault(n.category(), List.of())));
        }
        List<Integer> months = IntStream.rangeClosed(first, 12).boxed().toList();
        return new MatchingProblem(offers, matches, months, weights);
    }

    /** Solves the matching for the open needs and returns the proposals with their reasons. */
    public static Result solve(ThreeLists current, LocalDate asOf, Duration limit, Long seed) {
        ThreeLists lists = current.withoutOpenProposals();
        MatchingProblem problem = problem(lists, asOf, new MatchingWeights());
        long started = System.nanoTime();
        SolverConfig config = config(limit, Duration.ofSeconds(2), seed);
        Solver<MatchingProblem> solver = SolverFactory.<MatchingProblem>create(config).buildSolver();
        MatchingProblem solved = problem.getMatches().isEmpty() ? problem : solver.solve(problem);
        long millis = (System.nanoTime() - started) / 1_000_000;
        SolutionManager<MatchingProblem, HardMediumSoftLongScore> manager =
                SolutionManager.create(SolverFactory.create(config));
        ScoreExplanation<MatchingProblem, HardMediumSoftLongScore> explanation = manager.explain(solved);
        return new Result(proposals(lists, solved), explanation.getScore(), totals(explanation),
                problem.getMatches().size(), millis);
    }

    private static List<RuleTotal> totals(ScoreExplanation<MatchingProblem, HardMediumSoftLongScore> explanation) {
        List<RuleTotal> totals = new ArrayList<>();
        for (ConstraintMatchTotal<HardMediumSoftLongScore> total : explanation.getConstraintMatchTotalMap().values()) {
            List<MatchReason> reasons = total.getConstraintMatchSet().stream()
                    .map(m -> m.getJustification() instanceof MatchReason r ? r : null)
                    .filter(r -> r != null)
                    .sorted(Comparator.comparing(r -> r.text().toString()))
                    .toList();
            totals.add(new RuleTotal(total.getConstraintName(), total.getScore().toString(),
                    total.getConstraintMatchCount(), reasons));
        }
        totals.sort(Comparator.comparing(RuleTotal::rule));
        return totals;
    }

    /** A project awaiting its claim for every need the solution serves, each with its reason. */
    static List<ListProject> proposals(ThreeLists lists, MatchingProblem solved) {
        Set<String> ids = new HashSet<>();
        lists.projects().forEach(p -> ids.add(p.id()));
        List<ListProject> proposals = new ArrayList<>();
        for (NeedMatch m : solved.getMatches()) {
            if (m.getOffer() == null || m.getMonth() == null) {
                continue;
            }
            String id = "proposal-" + m.getId();
            for (int k = 2; ids.contains(id); k++) {
                id = "proposal-" + m.getId() + "-" + k;
            }
            ids.add(id);
            Message reason = reason(m);
            proposals.add(new ListProject(id, m.getId(), List.of(m.getOffer().getId()), m.getOffer().getOrganization(),
                    m.getMonth(), ProjectStatus.UNCLAIMED, null, null, null, null, null, null,
                    new ListProject.ProposalReason(reason.code(),
                            reason.args().stream().map(a -> a instanceof Localized l ? l.in(java.util.Locale.CHINESE)
                                    : String.valueOf(a)).toList(),
                            reason.zh(), reason.en())));
        }
        return proposals;
    }

    /** The proposal's reason: where its resource comes from, the need's priority and wait, the meeting month. */
    public static Message reason(NeedMatch m) {
        return Message.of("lists.reason." + m.tier().name(), m.getTitle(),
                Localized.term(ServiceVocabulary.zh(m.getCategory()), ServiceVocabulary.en(m.getCategory())),
                m.getPriority(), m.getWaitingDays(), m.getOffer().getOrganizationName(), m.getOffer().getTitle(),
                m.getMonth());
    }
}
