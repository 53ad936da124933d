package org.allianceplanner.datasets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.allianceplanner.io.JsonInput;
import org.allianceplanner.io.OrganizationDocument;
import org.allianceplanner.io.PlanDocument;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * The example and benchmark problems, generated repeatably from a seed. The three county datasets
 * are committed under {@code datasets/} (generated with {@link #COMMITTED_SEED}); the scale ones are
 * too big to commit and are generated on demand.
 */
public final class Datasets {

    public static final String DIANJIANG = "dianjiang";
    public static final String JINTANG_ZHAOZHEN = "jintang-zhaozhen";
    public static final String HEJIANG = "hejiang";
    public static final String CITY = "city";
    public static final String PROVINCE = "province";

    public static final List<String> NAMES = List.of(DIANJIANG, JINTANG_ZHAOZHEN, HEJIANG, CITY, PROVINCE);
    /** Every name {@link #generate} knows: the datasets and the counties of other shapes ({@link CountyShapes}). */
    public static final List<String> GENERATED = java.util.stream.Stream.concat(NAMES.stream(), CountyShapes.NAMES.stream())
            .toList();
    /** The datasets kept as files, {@code datasets/<name>.json}. */
    public static final List<String> COMMITTED = List.of(DIANJIANG, JINTANG_ZHAOZHEN, HEJIANG);
    public static final long COMMITTED_SEED = 2026;

    // Two-space indent and "\n" on every platform, "name": value, nulls left out: the committed files
    // must come out byte for byte the same wherever they are regenerated.
    private static final ObjectWriter WRITER = JsonInput.mapper().copy()
            .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL)
            .writer(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private Datasets() {
    }

    /** The named dataset for a seed; the same name and seed always give the same document. */
    public static PlanDocument generate(String name, long seed) {
        return switch (name) {
            case DIANJIANG -> DianjiangDataset.generate(seed);
            case JINTANG_ZHAOZHEN -> JintangZhaozhenDataset.generate(seed);
            case HEJIANG -> HejiangDataset.generate(seed);
            case CITY -> ScaleGenerator.generate(ScaleDataset.CITY, seed);
            case PROVINCE -> ScaleGenerator.generate(ScaleDataset.PROVINCE, seed);
            case CountyShapes.RIVER_CITY, CountyShapes.OVER_CONSTRAINED -> CountyShapes.generate(name, seed);
            default -> throw new IllegalArgumentException(
                    "unknown dataset \"" + name + "\"; known: " + String.join(", ", GENERATED));
        };
    }

    /** Pretty-printed UTF-8 JSON with a trailing newline, as the committed files are written. */
    public static byte[] toJson(PlanDocument plan) {
        try {
            return (WRITER.writeValueAsString(plan) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(PlanDocument plan, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.write(file, toJson(plan));
    }
}
