package org.allianceplanner.cli;

import picocli.CommandLine.Command;

/** The benchmark commands. Their code is tested on tiny inputs; the benchmark runs themselves are not part of the test suite. */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = "基准测试 / Benchmarks: convergence of one dataset, weight profiles, algorithms, greedy baseline, explanation latency.",
        subcommands = {ConvergenceCommand.class, WeightsCommand.class, BaselineCommand.class,
                AlgorithmsCommand.class, ExplainCommand.class, ListsCommand.class, GapCommand.class})
class BenchmarkCommand {
}
