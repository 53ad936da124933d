package org.allianceplanner.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Writes documents as pretty-printed UTF-8 JSON without null fields, ending in a newline. */
public final class PlanWriter {

    private static final ObjectWriter WRITER = JsonInput.mapper().copy()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .writerWithDefaultPrettyPrinter();

    private PlanWriter() {
    }

    public static String toJson(Object document) {
        try {
            return WRITER.writeValueAsString(document) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write " + document.getClass().getSimpleName(), e);
        }
    }

    public static void write(Object document, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, toJson(document));
    }
}
