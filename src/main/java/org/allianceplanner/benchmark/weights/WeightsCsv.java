package org.allianceplanner.benchmark.weights;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The comparison as CSV: UTF-8 with a byte-order mark so that Excel shows the Chinese, one header row
 * in Chinese and English, one row per profile; numbers with a dot, none empty.
 */
public final class WeightsCsv {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader(headers())
            .get();

    private WeightsCsv() {
    }

    public static void write(WeightsComparison comparison, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(comparison, out);
        }
    }

    public static void write(WeightsComparison comparison, Appendable out) throws IOException {
        out.append('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            for (ProfileResult result : comparison.results()) {
                List<String> row = new ArrayList<>();
                for (WeightsColumn column : WeightsColumn.values()) {
                    row.add(column.text(result, comparison));
                }
                printer.printRecord(row);
            }
        }
    }

    private static String[] headers() {
        WeightsColumn[] columns = WeightsColumn.values();
        String[] headers = new String[columns.length];
        for (int i = 0; i < columns.length; i++) {
            headers[i] = columns[i].header();
        }
        return headers;
    }
}
