package org.allianceplanner.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.allianceplanner.datasets.Datasets;
import org.allianceplanner.io.FieldProblem;
import org.allianceplanner.io.InvalidInputException;
import org.allianceplanner.io.PlanDocument;
import org.allianceplanner.io.PlanMapper;
import org.allianceplanner.model.AlliancePlan;

import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What the benchmark commands solve: a problem file, or the name of a generated dataset
 * (city, province…) so that the large ones need not be written to disk first.
 */
final class ProblemSource {

    private ProblemSource() {
    }

    /**
     * Reads {@code source} as a file when it exists, else as a dataset name generated with
     * {@code seed}. Bad input becomes a {@link ParameterException}: picocli prints it and exits 2.
     */
    static AlliancePlan load(CommandSpec spec, String source, long seed) {
        Path file = Path.of(source);
        try {
            if (!Files.exists(file) && Datasets.GENERATED.contains(source)) {
                PlanDocument generated = Datasets.generate(source, seed);
                return PlanMapper.toModel(generated);
            }
            return PlanMapper.read(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new ParameterException(spec.commandLine(), "文件不存在，也不是数据集名称 / no such file and no such dataset: "
                    + source + " (datasets: " + String.join(", ", Datasets.GENERATED) + ")");
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "无法读取 / cannot read " + source + ": " + e.getMessage());
        } catch (InvalidInputException e) {
            StringBuilder message = new StringBuilder(source + " 有" + e.getProblems().size() + "处问题 / has "
                    + e.getProblems().size() + " problem(s):");
            for (FieldProblem p : e.getProblems()) {
                message.append("\n  ").append(p.field().isEmpty() ? "(body)" : p.field()).append(": ")
                        .append(p.message()).append(" / ").append(p.messageEn());
            }
            throw new ParameterException(spec.commandLine(), message.toString());
        }
    }
}
