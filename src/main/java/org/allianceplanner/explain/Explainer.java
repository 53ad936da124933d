package org.allianceplanner.explain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.allianceplanner.constraints.Reason;
import org.allianceplanner.explain.Explanations.Alternatives;
import org.allianceplanner.explain.Explanations.Broken;
import org.allianceplanner.explain.Explanations.Effect;
import org.allianceplanner.explain.Explanations.Fit;
import org.allianceplanner.explain.Explanations.NeedCandidates;
import org.allianceplanner.explain.Explanations.NeedRef;
import org.allianceplanner.explain.Explanations.Option;
import org.allianceplanner.explain.Explanations.Report;
import org.allianceplanner.explain.Explanations.Swap;
import org.allianceplanner.explain.Explanations.Text;
import org.allianceplanner.messages.ConflictException;
import org.allianceplanner.messages.Localized;
import org.allianceplanner.messages.Message;
import org.allianceplanner.messages.Messages;
import org.allianceplanner.messages.NotFoundException;
import org.allianceplanner.model.AllianceConstraint;
import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.model.Community;
import org.allianceplanner.model.ConstraintGroup;
import org.allianceplanner.model.ConstraintLevel;
import org.allianceplanner.model.Need;
import org.allianceplanner.model.Organization;
import org.allianceplanner.model.ServiceVocabulary;
import org.allianceplanner.solver.AllianceSolvers;
import org.allianceplanner.solver.WhatIf;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * "Why here, and not there?" for one plan: each placement is tried on an incremental score director
 * (move, score, undo — the way the solver weighs a move, never re-solving), and told as the change of
 * every constraint, the hard rules it would break, the best swap when a plain move breaks one, and a
 * sentence in Chinese and English. Constraints are read by their names and the catalogue's level and
 * principle, so a new constraint explains itself with the generic wording.
 * <p>
 * Works on the plan in place: give it a private copy (a freshly mapped plan), and close it when done.
 */
public final class Explainer implements AutoCloseable {

    /** The most alternatives, candidates or fits one answer lists. */
    public static final int MAX_LIMIT = 50;
    private static final String DISTANCE = AllianceConstraint.DISTANCE.id();
    private static final String UNASSIGNED = AllianceConstraint.UNASSIGNED.id();
    /** Soft changes under 0.05 km-equivalent read as 0.0: left out of sentences, told as slight. */
    private static final long TINY = 50;

    private final WhatIf whatIf;
    private final AlliancePlan plan;
    private final Map<String, Organization> organizations = new LinkedHashMap<>();
    private final HardMediumSoftLongScore base;
    private final Map<String, HardMediumSoftLongScore> baseTotals;
    private final List<WhatIf.Match> baseMatches;

    private Explainer(WhatIf whatIf) {
        this.whatIf = whatIf;
        this.plan = whatIf.plan();
        plan.getOrganizations().forEach(o -> organizations.put(o.getId(), o));
        this.base = whatIf.score();
        this.baseTotals = whatIf.totals();
        this.baseMatches = whatIf.matches(Set.of());
    }

    /** An explainer of {@code plan} (a private copy, with its assignment). */
    public static Explainer open(AllianceSolvers solvers, AlliancePlan plan) {
        return new Explainer(solvers.whatIf(plan));
    }

    public HardMediumSoftLongScore score() {
        return base;
    }

    public AlliancePlan plan() {
        return plan;
    }

    /** Whether the plan has this organization. */
    public boolean has(String organizationId) {
        return organizations.containsKey(organizationId);
    }

    // ---- one unit -------------------------------------------------------------------------------

    /** Where the unit is and why, and the best {@code limit} other communities for it. */
    public Alternatives alternatives(String organizationId, int limit) {
        Organization o = organization(organizationId);
        Community here = o.getCommunity();
        List<Tried> tried = new ArrayList<>();
        for (Community c : plan.getCommunities()) {
            if (c != here) {
                tried.add(new Tried(o, c, tryPlacing(List.of(o), listOf(c), false).score()));
            }
        }
        tried.sort(BEST_FIRST);
        List<Option> options = new ArrayList<>();
        for (Tried t : tried.subList(0, Math.min(limit, tried.size()))) {
            options.add(option(o, t.target(), here == null ? Lead.PLACE : Lead.MOVE));
        }
        int feasible = (int) tried.stream().filter(t -> t.score().isFeasible()).count();
        List<Text> facts = facts(o);
        Message summary = summary(o, options, facts, feasible);
        Community home = o.getHomeCommunity();
        Community current = o.getCurrentCommunity();
        return new Alternatives(o.getId(), o.getName(), o.getType() == null ? null : o.getType().name(),
                o.getType() == null ? null : o.getType().zh(), o.getType() == null ? null : o.getType().en(),
                o.isPinned(), idOf(here), nameOf(here), here == null ? null : here.getStreet(), idOf(home),
                nameOf(home), idOf(current), nameOf(current),
                o.getCapabilities().stream().sorted().map(code -> need(code, 0)).toList(), serves(o, here),
                here == null ? null : Km.of(o.distanceMetresTo(here)), facts, matchesNaming(o), base.toString(),
                Km.of(base.softScore()), tried.size(), feasible, options, summary.zh(), summary.en());
    }

    /** Where a unit that is in the plan but unassigned (or any unit) fits: the best {@code limit} communities. */
    public Fit fit(String organizationId, int limit, boolean added) {
        Organization o = organization(organizationId);
        Community here = o.getCommunity();
        List<Tried> tried = new ArrayList<>();
        for (Community c : plan.getCommunities()) {
            if (c != here) {
                tried.add(new Tried(o, c, tryPlacing(List.of(o), listOf(c), false).score()));
            }
        }
        tried.sort(BEST_FIRST);
        List<Option> fits = new ArrayList<>();
        for (Tried t : tried.subList(0, Math.min(limit, tried.size()))) {
            fits.add(option(o, t.target(), here == null ? Lead.PLACE : Lead.MOVE));
        }
        Message summary = fits.isEmpty() ? Message.of("explain.fit.none", o.getName())
                : Message.of("explain.fit.summary", o.getName(), fits.get(0).communityName(),
                        fits.size() < 2 ? Message.of("explain.fit.noOther")
                                : Message.of("explain.fit.next", Localized.list(fits.subList(1, Math.min(3, fits.size()))
                                        .stream().map(Option::communityName).toList())));
        return new Fit(o.getId(), o.getName(), added, base.toString(), fits, summary.zh(), summary.en());
    }

    // ---- uncovered needs ------------------------------------------------------------------------

    /** Every need no member serves, with the units that could serve it (by capability), cheapest first. */
    public List<NeedCandidates> needCandidates(int limit) {
        List<NeedCandidates> result = new ArrayList<>();
        for (Community c : plan.getCommunities()) {
            for (Need need : c.uncoveredNeeds()) {
                List<Tried> tried = new ArrayList<>();
                for (Organization o : plan.getOrganizations()) {
                    if (o.getCommunity() != c && o.getCapabilities().contains(need.code())) {
                        tried.add(new Tried(o, c, tryPlacing(List.of(o), listOf(c), false).score()));
                    }
                }
                tried.sort(BEST_FIRST);
                List<Option> candidates = new ArrayList<>();
                for (Tried t : tried.subList(0, Math.min(limit, tried.size()))) {
                    candidates.add(option(t.organization(), c, t.organization().getCommunity() == null ? Lead.PLACE
                            : Lead.MOVE));
                }
                candidates.sort(Comparator.comparing(Explainer::effectiveScore, Comparator.reverseOrder()));
                NeedRef ref = need(need.code(), need.priority());
                Message summary = candidates.isEmpty()
                        ? Message.of("explain.need.none", c.getName(), service(need.code()), need.priority())
                        : Message.of("explain.need.summary", c.getName(), service(need.code()), need.priority(),
                                candidates.get(0).organizationName(), sentenceOf(candidates.get(0)));
                result.add(new NeedCandidates(c.getId(), c.getName(), c.getStreet(), ref, candidates,
                        summary.zh(), summary.en()));
            }
        }
        return result;
    }

    // ---- every unit -----------------------------------------------------------------------------

    /** The most unit × community placements a report of every unit tries (a city's; not a province's). */
    public static final long MAX_REPORT_PLACEMENTS = 1_000_000;

    /** Every unit with its best {@code limit} alternatives; a plan too large for that is refused (409). */
    public Report report(int limit) {
        long placements = (long) plan.getOrganizations().size() * plan.getCommunities().size();
        if (placements > MAX_REPORT_PLACEMENTS) {
            throw ConflictException.of("explainTooLarge", plan.getOrganizations().size(), plan.getCommunities().size(),
                    MAX_REPORT_PLACEMENTS);
        }
        long start = System.nanoTime();
        List<Alternatives> units = new ArrayList<>();
        int better = 0;
        for (Organization o : plan.getOrganizations()) {
            Alternatives a = alternatives(o.getId(), limit);
            if (!a.alternatives().isEmpty() && a.alternatives().get(0).feasible()
                    && "BETTER".equals(a.alternatives().get(0).verdict())) {
                better++;
            }
            units.add(a);
        }
        return new Report(base.toString(), Km.of(base.softScore()), units.size(), better,
                (System.nanoTime() - start) / 1_000_000, units);
    }

    @Override
    public void close() {
        whatIf.close();
    }

    // ---- trying placements ----------------------------------------------------------------------

    private record Tried(Organization organization, Community target, HardMediumSoftLongScore score) {
    }

    private static final Comparator<Tried> BEST_FIRST = Comparator.comparing(Tried::score, Comparator.reverseOrder())
            .thenComparing(t -> t.organization().distanceMetresTo(t.target()))
            .thenComparing(t -> t.target().getId());

    private record Outcome(HardMediumSoftLongScore score, Map<String, HardMediumSoftLongScore> totals,
            Map<String, List<Text>> brokenTexts) {
    }

    private enum Lead {
        MOVE("explain.lead.move"), PLACE("explain.lead.place");

        final String code;

        Lead(String code) {
            this.code = code;
        }
    }

    /** Puts each organization in its target, scores, reads the totals if asked, and puts them back. */
    private Outcome tryPlacing(List<Organization> movers, List<Community> targets, boolean detailed) {
        List<Community> before = new ArrayList<>();
        for (Organization o : movers) {
            before.add(o.getCommunity());
        }
        for (int i = 0; i < movers.size(); i++) {
            whatIf.move(movers.get(i), targets.get(i));
        }
        try {
            HardMediumSoftLongScore score = whatIf.score();
            if (!detailed) {
                return new Outcome(score, null, Map.of());
            }
            Map<String, HardMediumSoftLongScore> totals = whatIf.totals();
            Map<String, List<Text>> broken = new HashMap<>();
            Set<String> worseHard = new HashSet<>();
            for (Map.Entry<String, HardMediumSoftLongScore> e : totals.entrySet()) {
                HardMediumSoftLongScore change = e.getValue().subtract(baseTotals.getOrDefault(e.getKey(),
                        HardMediumSoftLongScore.ZERO));
                if (change.hardScore() < 0) {
                    worseHard.add(e.getKey());
                }
            }
            if (!worseHard.isEmpty()) {
                Set<String> had = new HashSet<>();
                for (WhatIf.Match m : baseMatches()) {
                    if (worseHard.contains(m.constraint()) && m.justification() instanceof Reason r) {
                        had.add(r.zh());
                    }
                }
                Set<String> seen = new LinkedHashSet<>();
                for (WhatIf.Match m : whatIf.matches(worseHard)) {
                    if (m.justification() instanceof Reason r && !had.contains(r.zh()) && seen.add(r.zh())) {
                        broken.computeIfAbsent(m.constraint(), k -> new ArrayList<>()).add(new Text(r.zh(), r.en()));
                    }
                }
            }
            return new Outcome(score, totals, broken);
        } finally {
            for (int i = movers.size() - 1; i >= 0; i--) {
                whatIf.move(movers.get(i), before.get(i));
            }
        }
    }

    private List<WhatIf.Match> baseMatches() {
        return baseMatches;
    }

    private Option option(Organization o, Community target, Lead lead) {
        Community from = o.getCommunity();
        Outcome outcome = tryPlacing(List.of(o), listOf(target), true);
        List<Effect> effects = effects(outcome.totals(), List.of(o), List.of(target));
        List<Broken> breaks = broken(effects, outcome.brokenTexts());
        HardMediumSoftLongScore change = outcome.score().subtract(base);
        String verdict = verdict(change);
        Message sentence = sentence(Message.of(lead.code, target.getName()), effects, breaks, change,
                from == null ? Message.of("explain.noCommunity") : from.getName(), lead == Lead.PLACE);
        Swap swap = null;
        if (!breaks.isEmpty() && from != null) {
            swap = bestSwap(o, target);
        }
        return new Option(o.getId(), o.getName(), idOf(from), nameOf(from), target.getId(), target.getName(),
                target.getStreet(), false, outcome.score().isFeasible(), breaks, outcome.score().toString(),
                change.toString(), change.softScore(), Km.of(change.softScore()), verdict,
                Km.of(o.distanceMetresTo(target)), effects, sentence.zh(), sentence.en(), swap);
    }

    /** The best swap of {@code o} with a member of {@code target} that is not pinned, or null. */
    private Swap bestSwap(Organization o, Community target) {
        Community here = o.getCommunity();
        Organization best = null;
        HardMediumSoftLongScore bestScore = null;
        for (Organization partner : new ArrayList<>(target.getMembers())) {
            if (partner == o || partner.isPinned()) {
                continue;
            }
            HardMediumSoftLongScore score = tryPlacing(List.of(o, partner), listOf(target, here), false).score();
            if (bestScore == null || score.compareTo(bestScore) > 0) {
                best = partner;
                bestScore = score;
            }
        }
        if (best == null) {
            return null;
        }
        Outcome outcome = tryPlacing(List.of(o, best), listOf(target, here), true);
        List<Effect> effects = effects(outcome.totals(), List.of(o, best), listOf(target, here));
        List<Broken> breaks = broken(effects, outcome.brokenTexts());
        HardMediumSoftLongScore change = outcome.score().subtract(base);
        Message sentence = sentence(Message.of("explain.lead.swap", target.getName(), best.getName(), here.getName()),
                effects, breaks, change, here.getName(), false);
        return new Swap(best.getId(), best.getName(), here.getId(), here.getName(), outcome.score().isFeasible(), breaks,
                outcome.score().toString(), change.toString(), change.softScore(), Km.of(change.softScore()),
                verdict(change), effects, sentence.zh(), sentence.en());
    }

    /** The option's score, or its swap's when the move breaks a hard rule and the swap does better. */
    private static HardMediumSoftLongScore effectiveScore(Option option) {
        HardMediumSoftLongScore score = HardMediumSoftLongScore.parseScore(option.score());
        if (option.swap() != null) {
            HardMediumSoftLongScore swap = HardMediumSoftLongScore.parseScore(option.swap().score());
            if (swap.compareTo(score) > 0) {
                return swap;
            }
        }
        return score;
    }

    /** The option's sentence, or its swap's when the move breaks a hard rule and a swap exists. */
    private static Localized sentenceOf(Option option) {
        if (!option.feasible() && option.swap() != null) {
            return Localized.term(option.swap().zh(), option.swap().en());
        }
        return Localized.term(option.zh(), option.en());
    }

    // ---- effects and sentences ------------------------------------------------------------------

    /** Each constraint whose total changes, hard first, then the biggest change. */
    private List<Effect> effects(Map<String, HardMediumSoftLongScore> totals, List<Organization> movers,
            List<Community> targets) {
        Set<String> names = new LinkedHashSet<>(baseTotals.keySet());
        names.addAll(totals.keySet());
        List<Effect> effects = new ArrayList<>();
        for (String name : names) {
            HardMediumSoftLongScore change = totals.getOrDefault(name, HardMediumSoftLongScore.ZERO)
                    .subtract(baseTotals.getOrDefault(name, HardMediumSoftLongScore.ZERO));
            AllianceConstraint known = AllianceConstraint.byId(name).orElse(null);
            ConstraintLevel level = known != null ? known.level() : levelOf(change);
            long points = level.weightOf(change);
            if (points == 0) {
                continue;
            }
            ConstraintGroup group = known == null ? null : known.group();
            Localized term = known == null ? Localized.term(name, name) : Localized.term(known.zh(), known.en());
            String distanceKm = "";
            if (name.equals(DISTANCE)) {
                long metres = 0;
                for (int i = 0; i < movers.size(); i++) {
                    Organization o = movers.get(i);
                    metres += (targets.get(i) == null ? 0 : o.distanceMetresTo(targets.get(i)))
                            - (o.getCommunity() == null ? 0 : o.distanceMetresTo(o.getCommunity()));
                }
                distanceKm = Km.distance(Math.abs(metres));
            }
            Message text = effectText(name, points > 0, Km.signed(points, level), term, distanceKm);
            effects.add(new Effect(name, known == null ? name : known.zh(), known == null ? name : known.en(),
                    group == null ? null : group.name(), group == null ? null : group.zh(),
                    group == null ? null : group.en(), level.name(), points,
                    level == ConstraintLevel.SOFT ? Km.of(points) : null, text.zh(), text.en()));
        }
        effects.sort(Comparator.comparing((Effect e) -> ConstraintLevel.valueOf(e.level()))
                .thenComparing(e -> -Math.abs(e.change())));
        return effects;
    }

    private static ConstraintLevel levelOf(HardMediumSoftLongScore change) {
        return change.hardScore() != 0 ? ConstraintLevel.HARD
                : change.mediumScore() != 0 ? ConstraintLevel.MEDIUM : ConstraintLevel.SOFT;
    }

    /** The constraint's own wording when the bundles have one, else the generic one with its name. */
    private static Message effectText(String name, boolean better, String amount, Localized term, String distanceKm) {
        String code = "explain.effect." + name + (better ? ".better" : ".worse");
        if (!Messages.bundle(Messages.ZH).containsKey(code) || !Messages.bundle(Messages.EN).containsKey(code)) {
            code = better ? "explain.effect.better" : "explain.effect.worse";
        }
        return Message.of(code, amount, term, distanceKm);
    }

    private static List<Broken> broken(List<Effect> effects, Map<String, List<Text>> brokenTexts) {
        List<Broken> breaks = new ArrayList<>();
        for (Effect e : effects) {
            if (ConstraintLevel.HARD.name().equals(e.level()) && e.change() < 0) {
                List<Text> texts = brokenTexts.getOrDefault(e.name(), List.of());
                breaks.add(new Broken(e.name(), e.nameZh(), e.nameEn(), e.change(),
                        join(texts.stream().map(Text::zh).toList(), e.nameZh()),
                        join(texts.stream().map(Text::en).toList(), e.nameEn())));
            }
        }
        return breaks;
    }

    private static String join(List<String> texts, String fallback) {
        return texts.isEmpty() ? fallback : String.join(" ", texts);
    }

    private static String verdict(HardMediumSoftLongScore change) {
        int sign = change.compareTo(HardMediumSoftLongScore.ZERO);
        return sign > 0 ? "BETTER" : sign < 0 ? "WORSE" : "SAME";
    }

    /**
     * "若调至迎春社区：回到驻区社区（+3.0）、距离缩短0.8公里（+0.8），但党员人数更不均衡（−2.5）；总体变差约0.7公里当量，因此留在东街社区。"
     */
    private static Message sentence(Message lead, List<Effect> effects, List<Broken> breaks,
            HardMediumSoftLongScore change, Object stay, boolean placing) {
        List<Localized> better = new ArrayList<>();
        List<Localized> worse = new ArrayList<>();
        for (Effect e : effects) {
            if (ConstraintLevel.HARD.name().equals(e.level())) {
                continue;
            }
            if (placing && e.name().equals(UNASSIGNED)) {
                continue;
            }
            if (ConstraintLevel.SOFT.name().equals(e.level()) && Math.abs(e.change()) < TINY) {
                continue;
            }
            (e.change() > 0 ? better : worse).add(Localized.term(e.zh(), e.en()));
        }
        Message verdict;
        if (!breaks.isEmpty()) {
            verdict = Message.of("explain.verdict.breaks", Localized.list(breaks.stream()
                    .map(b -> Localized.term(b.nameZh(), b.nameEn())).toList()));
        } else if (placing) {
            verdict = Message.of("explain.verdict.place", Km.signed(change.softScore()));
        } else if (change.mediumScore() != 0) {
            verdict = Message.of(change.mediumScore() > 0 ? "explain.verdict.mediumBetter" : "explain.verdict.mediumWorse",
                    Math.abs(change.mediumScore()), Km.signed(change.softScore()));
        } else if (change.hardScore() > 0) {
            verdict = Message.of("explain.verdict.hardBetter", change.hardScore());
        } else if (change.softScore() < 0) {
            verdict = change.softScore() > -TINY ? Message.of("explain.verdict.slightlyWorse", stay)
                    : Message.of("explain.verdict.worse", Km.plain(change.softScore()), stay);
        } else if (change.softScore() > 0) {
            verdict = change.softScore() < TINY ? Message.of("explain.verdict.slightlyBetter")
                    : Message.of("explain.verdict.better", Km.plain(change.softScore()));
        } else {
            verdict = Message.of("explain.verdict.same");
        }
        boolean tinyOnly = better.isEmpty() && worse.isEmpty() && effects.stream()
                .anyMatch(e -> ConstraintLevel.SOFT.name().equals(e.level()));
        String code = tinyOnly ? "explain.sentence.tiny" : better.isEmpty() && worse.isEmpty() ? "explain.sentence.none"
                : worse.isEmpty() ? "explain.sentence.better"
                : better.isEmpty() ? "explain.sentence.worse" : "explain.sentence.both";
        return Message.of(code, lead, Localized.list(better), Localized.list(worse), verdict);
    }

    // ---- where it is and why --------------------------------------------------------------------

    private List<Text> facts(Organization o) {
        Community here = o.getCommunity();
        List<Text> facts = new ArrayList<>();
        if (here == null) {
            facts.add(text(Message.of("explain.fact.unassigned")));
        }
        Community home = o.getHomeCommunity();
        if (home != null) {
            facts.add(text(home == here ? Message.of("explain.fact.home", home.getName())
                    : Message.of("explain.fact.homeElsewhere", home.getName())));
        }
        if (here != null) {
            facts.add(text(Message.of("explain.fact.distance", here.getName(), Km.distance(o.distanceMetresTo(here)))));
            List<NeedRef> serves = serves(o, here);
            if (!serves.isEmpty()) {
                facts.add(text(Message.of("explain.fact.serves", Localized.list(serves.stream()
                        .map(n -> Localized.term(n.zh(), n.en())).toList()))));
            } else if (!here.getNeeds().isEmpty()) {
                facts.add(text(Message.of("explain.fact.servesNone")));
            }
            if (o.getStreet() != null && !o.getStreet().equals(here.getStreet())) {
                facts.add(text(Message.of("explain.fact.outsideStreet", o.getStreet(), here.getStreet())));
            }
        }
        Community current = o.getCurrentCommunity();
        if (current != null && current != here) {
            facts.add(text(Message.of("explain.fact.movedFrom", current.getName())));
        }
        if (o.isPinned()) {
            facts.add(text(Message.of("explain.fact.pinned")));
        }
        return facts;
    }

    private Message summary(Organization o, List<Option> options, List<Text> facts, int feasibleElsewhere) {
        Community here = o.getCommunity();
        Localized factList = Localized.list(facts.stream().map(f -> (Object) Localized.term(f.zh(), f.en())).toList());
        if (options.isEmpty()) {
            return Message.of("explain.summary.only", o.getName(), nameOrNone(here), factList);
        }
        Option best = options.get(0);
        if (here == null) {
            return Message.of("explain.summary.unassigned", o.getName(), best.communityName());
        }
        if (feasibleElsewhere == 0) {
            return Message.of("explain.summary.locked", o.getName(), here.getName(), factList,
                    Localized.list(best.breaks().stream().map(b -> Localized.term(b.nameZh(), b.nameEn())).toList()));
        }
        if ("BETTER".equals(best.verdict()) && best.feasible()) {
            return Message.of("explain.summary.better", o.getName(), here.getName(), factList, best.communityName(),
                    Km.plain(best.softChange()));
        }
        return Message.of("explain.summary.stays", o.getName(), here.getName(), factList, best.communityName(),
                Km.plain(best.softChange()));
    }

    private List<Text> matchesNaming(Organization o) {
        List<Text> texts = new ArrayList<>();
        Map<String, Boolean> seen = new HashMap<>();
        List<WhatIf.Match> sorted = new ArrayList<>(baseMatches());
        sorted.sort(Comparator.comparing(WhatIf.Match::score));
        for (WhatIf.Match m : sorted) {
            if (m.justification() instanceof Reason r && r.organizations().contains(o.getId())
                    && seen.putIfAbsent(r.zh(), true) == null) {
                ConstraintLevel level = AllianceConstraint.byId(m.constraint()).map(AllianceConstraint::level)
                        .orElse(levelOf(m.score()));
                String amount = Km.signed(level.weightOf(m.score()), level);
                Message line = Message.of("explain.match", r.text(), amount);
                texts.add(text(line));
            }
        }
        return texts;
    }

    private static List<NeedRef> serves(Organization o, Community c) {
        if (c == null) {
            return List.of();
        }
        return c.getNeeds().stream().filter(n -> o.getCapabilities().contains(n.code()))
                .map(n -> need(n.code(), n.priority())).toList();
    }

    private static NeedRef need(String code, int priority) {
        return new NeedRef(code, ServiceVocabulary.zh(code), ServiceVocabulary.en(code), priority);
    }

    private static Localized service(String code) {
        return Localized.term(ServiceVocabulary.zh(code), ServiceVocabulary.en(code));
    }

    private static Text text(Message m) {
        return new Text(m.zh(), m.en());
    }

    private Organization organization(String id) {
        Organization o = organizations.get(id);
        if (o == null) {
            throw NotFoundException.organization(id);
        }
        return o;
    }

    private static Object nameOrNone(Community c) {
        return c == null ? Message.of("explain.noCommunity") : c.getName();
    }

    private static String idOf(Community c) {
        return c == null ? null : c.getId();
    }

    private static String nameOf(Community c) {
        return c == null ? null : c.getName();
    }

    private static List<Community> listOf(Community... communities) {
        List<Community> list = new ArrayList<>();
        for (Community c : communities) {
            list.add(c);
        }
        return list;
    }
}
