package org.allianceplanner.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.allianceplanner.datasets.Datasets;
import org.allianceplanner.io.PlanDocument;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Writes a dataset from its seeded generator, e.g. the city and province sets too big to commit. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "生成数据集 / Generate a dataset from its seeded generator (same seed, same file).")
class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<dataset>",
            description = "One of: dianjiang, jintang-zhaozhen, hejiang, city, province, river-city, over-constrained.")
    String dataset;

    @Option(names = "--seed", defaultValue = "" + Datasets.COMMITTED_SEED,
            description = "Random seed. Default: ${DEFAULT-VALUE}, the seed of the committed files.")
    long seed;

    @Option(names = "--out", paramLabel = "<file.json>", required = true, description = "Where to write the JSON.")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (!Datasets.GENERATED.contains(dataset)) {
            throw new ParameterException(spec.commandLine(), "未知数据集 / unknown dataset \"" + dataset
                    + "\"; known: " + String.join(", ", Datasets.GENERATED));
        }
        PlanDocument plan = Datasets.generate(dataset, seed);
        Datasets.write(plan, out);
        PrintWriter console = spec.commandLine().getOut();
        console.printf("已生成 Generated %s (seed %d): %d 个社区 communities, %d 个单位 organizations -> %s%n",
                dataset, seed, plan.communities().size(), plan.organizations().size(), out);
        console.flush();
        return 0;
    }
}
