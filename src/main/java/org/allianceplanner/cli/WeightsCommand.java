package org.allianceplanner.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.allianceplanner.benchmark.BenchmarkRun;
import org.allianceplanner.benchmark.weights.ComparisonProblems;
import org.allianceplanner.benchmark.weights.ProfileResult;
import org.allianceplanner.benchmark.weights.WeightProfile;
import org.allianceplanner.benchmark.weights.WeightProfileException;
import org.allianceplanner.benchmark.weights.WeightProfiles;
import org.allianceplanner.benchmark.weights.WeightsComparison;
import org.allianceplanner.benchmark.weights.WeightsCsv;
import org.allianceplanner.benchmark.weights.WeightsHtml;
import org.allianceplanner.benchmark.weights.WeightsTable;
import org.allianceplanner.datasets.Datasets;
import org.allianceplanner.io.FieldProblem;
import org.allianceplanner.io.InvalidInputException;
import org.allianceplanner.io.PlanDocument;
import org.allianceplanner.io.PlanMapper;
import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.model.AllianceWeights;
import org.allianceplanner.solver.PlanKpis;
import org.allianceplanner.solver.SolveLimits;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What a weighting costs: solves one problem once per weight profile, one after another with the same
 * time, and compares the plans by KPIs computed from the assignment alone (the scores are in each
 * profile's own weights and do not compare). Prints the table and writes it as CSV and as an HTML page
 * with a bar chart per KPI.
 */
@Command(name = "weights", mixinStandardHelpOptions = true,
        description = "权重对比 / Solve one problem once per weight profile and compare the plans' KPIs "
                + "(console table, CSV, HTML with charts).")
class WeightsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--dataset", required = true, paramLabel = "<file|dataset>",
            description = "A problem file or a dataset name.")
    String dataset;

    @Option(names = "--time", defaultValue = "30s", converter = DurationConverter.class,
            description = "Solving time per profile. Default: ${DEFAULT-VALUE}.")
    Duration time;

    @Option(names = "--current", paramLabel = "<plan.json>",
            description = "A solved plan (as `solve --out` writes it): its assignment becomes every organization's "
                    + "current community, so that moves and the stability weight mean something.")
    Path current;

    @Option(names = "--out-dir", defaultValue = "target/benchmark/weights",
            description = "Where the CSV and HTML go. Default: ${DEFAULT-VALUE}.")
    Path outDir;

    @Option(names = "--seed", defaultValue = "" + Datasets.COMMITTED_SEED, description = "Seed of a generated dataset.")
    long seed;

    @Parameters(arity = "1..*", paramLabel = "<profile.json>", description = "Weight profiles (benchmark/weights/*.json).")
    List<Path> profileFiles;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<WeightProfile> profiles;
        try {
            profiles = WeightProfiles.readAll(profileFiles);
        } catch (WeightProfileException e) {
            err.println("错误 / error: " + e.getMessage());
            return 1;
        }
        AlliancePlan loaded = ProblemSource.load(spec, dataset, seed);
        PlanDocument problem = PlanMapper.toDocument(loaded);
        int matched = 0;
        if (current != null) {
            try {
                ComparisonProblems.WithCurrent withCurrent = ComparisonProblems.withCurrent(problem, readCurrent());
                problem = withCurrent.problem();
                matched = withCurrent.matched();
            } catch (NoSuchFileException e) {
                err.println("错误 / error: 现行方案文件不存在 / no such current plan file: " + current);
                return 1;
            } catch (InvalidInputException e) {
                err.println("错误 / error: 现行方案 " + current + " 有" + e.getProblems().size() + "处问题 / the current plan has "
                        + e.getProblems().size() + " problem(s):");
                for (FieldProblem p : e.getProblems()) {
                    err.println("  " + (p.field().isEmpty() ? "(文件 file)" : p.field()) + ": " + p.message() + " / "
                            + p.messageEn());
                }
                return 1;
            } catch (IllegalArgumentException e) {
                err.println("错误 / error: " + current + ": " + e.getMessage());
                return 1;
            }
        }

        OffsetDateTime started = OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        int cores = Runtime.getRuntime().availableProcessors();
        out.printf("权重对比 Weights comparison: %s — %d 个社区 communities, %d 个单位 organizations; "
                + "%d 个方案 profiles × %ss; 处理器 cores %d%n", dataset, loaded.getCommunities().size(),
                loaded.getOrganizations().size(), profiles.size(), seconds(time), cores);
        if (!loaded.getWeights().asMap().equals(new AllianceWeights().asMap())) {
            out.println("注意 Note: 数据集自带的权重由各方案的权重代替 / the dataset's own weights are replaced by each profile's.");
        }
        if (current != null) {
            out.printf("现行方案 Current plan: %s — %d / %d 个单位有现所在社区 organizations with a current community%n",
                    current, matched, loaded.getOrganizations().size());
        }
        out.flush();

        List<ProfileResult> results = new ArrayList<>();
        for (int i = 0; i < profiles.size(); i++) {
            WeightProfile profile = profiles.get(i);
            out.printf("[%d/%d] %s %s: 求解 solving %ss …%n", i + 1, profiles.size(), profile.name(), profile.title(),
                    seconds(time));
            out.flush();
            BenchmarkRun run = BenchmarkRun.solve(ComparisonProblems.forProfile(problem, profile), SolveLimits.of(time));
            ProfileResult result = ProfileResult.of(profile, run);
            results.add(result);
            PlanKpis k = result.kpis();
            out.printf("      得分 score %s, %s; 平均距离 mean %.2f km, 需求覆盖 needs %s%%, 成员标准差 members sd %.2f, "
                    + "党员基尼 Gini %.3f%n", result.score(), result.feasible() ? "可行 feasible" : "不可行 infeasible",
                    k.meanDistanceKm(), k.needsCoveredPercent() == null ? "—" : String.format(java.util.Locale.ROOT, "%.1f", k.needsCoveredPercent()), k.membersStdDev(), k.partyMembersGini());
            out.flush();
        }

        WeightsComparison comparison = new WeightsComparison(dataset, loaded.getCommunities().size(),
                loaded.getOrganizations().size(), time, started, cores, current == null ? null : current.toString(),
                matched, results);
        out.println();
        WeightsTable.print(comparison, out);
        String base = baseName(dataset) + "-weights";
        Path csv = outDir.resolve(base + ".csv");
        Path html = outDir.resolve(base + ".html");
        WeightsCsv.write(comparison, csv);
        WeightsHtml.write(comparison, html);
        out.println("CSV 表格已写入 written to " + csv);
        out.println("HTML 报告已写入 written to " + html);
        out.flush();
        return 0;
    }

    private PlanDocument readCurrent() throws IOException {
        return PlanMapper.readDocument(Files.readAllBytes(current));
    }

    /** dianjiang for datasets/dianjiang.json, city for the generated dataset "city". */
    static String baseName(String dataset) {
        Path name = Path.of(dataset).getFileName();
        String text = name == null ? dataset : name.toString();
        return text.endsWith(".json") ? text.substring(0, text.length() - ".json".length()) : text;
    }

    private static String seconds(Duration d) {
        long millis = d.toMillis();
        return millis % 1000 == 0 ? String.valueOf(millis / 1000) : "%.1f".formatted(millis / 1000.0);
    }
}
