package org.allianceplanner.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The datasets shipped in the jar (copied from datasets/ at build time). */
public final class DemoDatasets {

    public static final List<String> NAMES = List.of("dianjiang", "jintang-zhaozhen", "hejiang");

    private DemoDatasets() {
    }

    public static InputStream open(String name) {
        InputStream in = DemoDatasets.class.getResourceAsStream("/datasets/" + name + ".json");
        if (in == null) {
            throw new UncheckedIOException(new IOException("Dataset " + name + " is not in the jar"));
        }
        return in;
    }

    public static byte[] read(String name) {
        try (InputStream in = open(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
