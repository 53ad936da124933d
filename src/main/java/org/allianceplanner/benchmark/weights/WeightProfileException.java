package org.allianceplanner.benchmark.weights;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.allianceplanner.io.FieldProblem;

/**
 * Weight profiles that cannot be used. The message lists every problem, grouped by file, each with
 * its field in Chinese and English, so that the command line can print it as it is.
 */
public class WeightProfileException extends RuntimeException {

    /** One problem in one file; an empty field means the file as a whole. */
    public record Problem(Path file, FieldProblem problem) {
    }

    private final List<Problem> problems;

    public WeightProfileException(List<Problem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> getProblems() {
        return problems;
    }

    private static String message(List<Problem> problems) {
        Map<Path, List<FieldProblem>> byFile = new LinkedHashMap<>();
        problems.forEach(p -> byFile.computeIfAbsent(p.file(), f -> new java.util.ArrayList<>()).add(p.problem()));
        StringBuilder message = new StringBuilder("权重方案有误 / bad weight profile(s):");
        byFile.forEach((file, list) -> {
            message.append("\n").append(file).append(" 有").append(list.size()).append("处问题 / has ")
                    .append(list.size()).append(" problem(s):");
            for (FieldProblem p : list) {
                message.append("\n  ").append(p.field().isEmpty() ? "(文件 file)" : p.field()).append(": ")
                        .append(p.message()).append(" / ").append(p.messageEn());
            }
        });
        return message.toString();
    }
}
