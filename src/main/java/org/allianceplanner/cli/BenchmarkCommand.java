package org.allianceplanner.cli;

import picocli.CommandLine.Command;

/** The benchmark commands; none of them runs in the default test suite. */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        description = "基准测试 / Benchmarks: convergence of one dataset, weight profiles, algorithms, greedy baseline.",
        subcommands = {ConvergenceCommand.class, WeightsCommand.class})
class BenchmarkCommand {
}
