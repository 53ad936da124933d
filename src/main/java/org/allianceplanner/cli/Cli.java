package org.allianceplanner.cli;

import java.util.Set;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command-line face of the jar: {@code java -jar alliance-planner.jar solve datasets/dianjiang.json}. */
@Command(name = "alliance-planner", mixinStandardHelpOptions = true,
        description = "城市基层党建联合体规划 / Plans urban party-building alliances.",
        subcommands = {SolveCommand.class, GenerateCommand.class, BenchmarkCommand.class})
public final class Cli {

    private static final Set<String> COMMANDS = Set.of("solve", "generate", "benchmark", "help", "--help", "-h", "--version", "-V");

    private Cli() {
    }

    /** True when the arguments name a command rather than Spring Boot options for the service. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    public static int run(String... args) {
        // Before any logger exists: keep the solver's step logs out of the console.
        System.setProperty("logback.configurationFile", "logback-cli.xml");
        CommandLine commandLine = new CommandLine(new Cli())
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("错误 / error: " + e.getMessage());
                    return 1;
                });
        return commandLine.execute(args);
    }
}
