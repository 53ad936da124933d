package org.allianceplanner.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.allianceplanner.datasets.Datasets;

/** What the benchmark commands run when given no dataset, and how they name what they were given. */
final class DatasetSpecs {

    private DatasetSpecs() {
    }

    /**
     * The committed datasets: datasets/&lt;name&gt;.json when run from the project, else the dataset name,
     * which generates the same problem (the files are the generators' output with the committed seed).
     */
    static List<String> committed() {
        List<String> specs = new ArrayList<>();
        for (String name : Datasets.COMMITTED) {
            Path file = Path.of("datasets", name + ".json");
            specs.add(Files.exists(file) ? file.toString() : name);
        }
        return specs;
    }

    /** A short name for tables and reports: the file name without .json, or the dataset name. */
    static String label(String spec) {
        Path file = Path.of(spec);
        if (!Files.exists(file)) {
            return spec;
        }
        String name = file.getFileName().toString();
        return name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
    }
}
