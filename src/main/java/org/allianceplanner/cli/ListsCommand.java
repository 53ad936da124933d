package org.allianceplanner.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.allianceplanner.datasets.Datasets;
import org.allianceplanner.lists.ListProject;
import org.allianceplanner.lists.ListsGenerator;
import org.allianceplanner.lists.ThreeLists;
import org.allianceplanner.lists.matching.Matching;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Times the three lists' matching on dianjiang's synthetic lists (292 needs, 353 resources, 149
 * projects claimed): one solve per solver seed, each until its time limit or 2 s without improvement,
 * then the median and the worst.
 */
@Command(name = "lists", mixinStandardHelpOptions = true,
        description = "三张清单匹配 / Time the three lists' matching on dianjiang's synthetic lists, one solve per seed.")
class ListsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--seeds", split = ",", defaultValue = "1,2,3,4,5",
            description = "Solver seeds, one solve each. Default: ${DEFAULT-VALUE}.")
    List<Long> seeds;

    @Option(names = "--time", defaultValue = "10s", converter = DurationConverter.class,
            description = "Time limit of each solve (it also stops after 2 s without improvement). Default: ${DEFAULT-VALUE}.")
    Duration time;

    @Option(names = "--as-of", defaultValue = "2026-03-01",
            description = "The day the matching is made (its first month). Default: ${DEFAULT-VALUE}.")
    LocalDate asOf;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ThreeLists lists = ListsGenerator.generate(Datasets.generate(Datasets.DIANJIANG, Datasets.COMMITTED_SEED), 2026,
                ListsGenerator.DIANJIANG, Datasets.COMMITTED_SEED);
        out.printf("垫江合成清单 dianjiang synthetic lists: %d needs, %d resources, %d projects; %d open on %s%n",
                lists.needs().size(), lists.resources().size(), lists.projects().size(), lists.openNeeds().size(), asOf);
        out.printf("%-6s %10s %10s %-28s%n", "seed", "ms", "proposed", "score");
        List<Long> millis = new ArrayList<>();
        for (long seed : seeds) {
            Matching.Result r = Matching.solve(lists, asOf, time, seed);
            millis.add(r.solveMillis());
            out.printf("%-6d %10d %10d %-28s%n", seed, r.solveMillis(), r.proposals().size(), r.score());
            if (seed == seeds.get(0)) {
                long own = r.proposals().stream().filter(p -> tier(p, "OWN_ALLIANCE")).count();
                long street = r.proposals().stream().filter(p -> tier(p, "SAME_STREET")).count();
                out.printf("  resources: own alliance %d, same street %d, county-wide %d%n", own, street,
                        r.proposals().size() - own - street);
            }
        }
        List<Long> sorted = millis.stream().sorted().toList();
        long median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
        out.printf(Locale.ROOT, "中位 median %d ms, 最慢 worst %d ms over %d seeds%n", median, sorted.get(sorted.size() - 1),
                sorted.size());
        return 0;
    }

    private static boolean tier(ListProject p, String tier) {
        return p.reason() != null && p.reason().code().endsWith(tier);
    }
}
