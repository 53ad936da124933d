package org.allianceplanner.testing;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Files read back by real programs: LibreOffice (headless) converts workbooks and documents to PDF
 * as it would print them, and poppler's pdftotext, pdfinfo and pdffonts read the PDFs. Each
 * conversion runs with a profile of its own, so that parallel test runs never share one. Converting
 * is slow (seconds per start), so a test converts all its files in one run.
 */
public final class LibreOffice {

    static final String SOFFICE = System.getProperty("soffice.binary", "soffice");

    private LibreOffice() {
    }

    /** Converts every file to PDF in one LibreOffice run; returns the PDFs by input file name. */
    public static Map<String, Path> toPdf(List<Path> inputs) {
        return convert(inputs, "pdf", "pdf");
    }

    /**
     * Opens every workbook in LibreOffice Calc, which recalculates its formulas, and saves it again as .xlsx
     * (what a planner who edits the template in LibreOffice hands back); returns the saved files by input name.
     */
    public static Map<String, Path> resaveXlsx(List<Path> inputs) {
        return convert(inputs, "xlsx:Calc MS Excel 2007 XML", "xlsx");
    }

    private static Map<String, Path> convert(List<Path> inputs, String filter, String extension) {
        try {
            Path out = Files.createTempDirectory("alliance-lo-out");
            Path profile = Files.createTempDirectory("alliance-lo-profile");
            List<String> command = new ArrayList<>(List.of(SOFFICE, "--headless", "--norestore", "--nolockcheck",
                    "-env:UserInstallation=" + profile.toUri(), "--convert-to", filter, "--outdir", out.toString()));
            inputs.forEach(p -> command.add(p.toString()));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(out.resolve("soffice.log").toFile());
            Process process;
            try {
                process = builder.start();
            } catch (IOException e) {
                fail("These tests read files back with LibreOffice, which is missing (%s). Install it with: "
                        + "apt-get install -y libreoffice-calc libreoffice-writer poppler-utils (.ci/run does this).",
                        e.getMessage());
                return Map.of();
            }
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("LibreOffice took more than 3 minutes to convert " + inputs);
            }
            deleteQuietly(profile);
            Map<String, Path> converted = new LinkedHashMap<>();
            for (Path input : inputs) {
                String name = input.getFileName().toString();
                Path file = out.resolve(name.substring(0, name.lastIndexOf('.')) + "." + extension);
                if (!Files.exists(file)) {
                    fail("LibreOffice did not convert %s: %s", name, Files.readString(out.resolve("soffice.log")));
                }
                converted.put(name, file);
            }
            return converted;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The text of every page, as pdftotext lays it out ({@code -layout}), one string per page. */
    public static List<String> pages(Path pdf) {
        return split(run("pdftotext", "-layout", "-enc", "UTF-8", pdf.toString(), "-"));
    }

    /** The text of every page in the order it is drawn ({@code -raw}): a wrapped cell's lines stay together. */
    public static List<String> rawPages(Path pdf) {
        return split(run("pdftotext", "-raw", "-enc", "UTF-8", pdf.toString(), "-"));
    }

    /** pdfinfo's page count. */
    public static int pageCount(Path pdf) {
        for (String line : run("pdfinfo", pdf.toString()).split("\n")) {
            if (line.startsWith("Pages:")) {
                return Integer.parseInt(line.substring(6).trim());
            }
        }
        throw new AssertionError("pdfinfo gave no page count for " + pdf);
    }

    /** pdffonts' table: one line per font with its name, type, encoding and whether it is embedded. */
    public static List<String> fonts(Path pdf) {
        String[] lines = run("pdffonts", pdf.toString()).split("\n");
        return Arrays.stream(lines).skip(2).filter(l -> !l.isBlank()).toList();
    }

    public static String run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
            byte[] out = process.getInputStream().readAllBytes();
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " failed: " + err);
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            fail("%s is missing (%s). Install poppler-utils: apt-get install -y poppler-utils.", command[0],
                    e.getMessage());
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> split(String text) {
        List<String> pages = new ArrayList<>(Arrays.asList(text.split("\f", -1)));
        if (!pages.isEmpty() && pages.get(pages.size() - 1).isBlank()) {
            pages.remove(pages.size() - 1);
        }
        return pages;
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
