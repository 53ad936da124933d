package org.allianceplanner.benchmark.weights;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.allianceplanner.io.FieldProblem;
import org.allianceplanner.io.InvalidInputException;
import org.allianceplanner.io.JsonInput;
import org.allianceplanner.model.AllianceConstraint;

/**
 * Reads weight profiles strictly, with the same reader as plan documents: unknown fields, wrong
 * types, a missing name, unknown constraints and negative weights are all reported at once, each
 * with its file and field, in one {@link WeightProfileException}.
 */
public final class WeightProfiles {

    private static final String KNOWN = Arrays.stream(AllianceConstraint.values()).map(AllianceConstraint::id)
            .collect(Collectors.joining(", "));

    private WeightProfiles() {
    }

    /** One profile file; throws {@link WeightProfileException} naming the file and every bad field. */
    public static WeightProfile read(Path file) {
        return readAll(List.of(file)).get(0);
    }

    /**
     * Several profile files, in the order given. Every problem of every file is collected before
     * anything is thrown, and two profiles with one name are a problem too (tables key rows by name).
     */
    public static List<WeightProfile> readAll(List<Path> files) {
        List<WeightProfileException.Problem> problems = new ArrayList<>();
        List<WeightProfile> profiles = new ArrayList<>();
        Map<String, Path> names = new HashMap<>();
        for (Path file : files) {
            WeightProfile profile;
            try {
                profile = parse(file);
            } catch (InvalidInputException e) {
                e.getProblems().forEach(p -> problems.add(new WeightProfileException.Problem(file, p)));
                continue;
            }
            Path earlier = names.putIfAbsent(profile.name(), file);
            if (earlier != null) {
                problems.add(new WeightProfileException.Problem(file, FieldProblem.of("name", "profile.duplicateName",
                        profile.name(), earlier)));
            }
            profiles.add(profile);
        }
        if (!problems.isEmpty()) {
            throw new WeightProfileException(problems);
        }
        return profiles;
    }

    private static WeightProfile parse(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw InvalidInputException.at("", "file.missing");
        } catch (IOException e) {
            throw InvalidInputException.at("", "file.unreadable", e.getMessage());
        }
        if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            throw InvalidInputException.at("", "file.empty");
        }
        return JsonInput.read(bytes, WeightProfile.class, WeightProfiles::check);
    }

    /** The checks Bean Validation cannot make: each weight names a known constraint and is not negative. */
    static List<FieldProblem> check(WeightProfile profile) {
        List<FieldProblem> problems = new ArrayList<>();
        profile.overrides().forEach((id, weight) -> {
            String field = "weights." + id;
            if (AllianceConstraint.byId(id).isEmpty()) {
                problems.add(FieldProblem.of(field, "profile.unknownConstraint", id, KNOWN));
            } else if (weight == null) {
                problems.add(FieldProblem.of(field, "plan.badWeight"));
            } else if (weight < 0) {
                problems.add(FieldProblem.of(field, "profile.negativeWeight", weight));
            }
        });
        return problems;
    }
}
