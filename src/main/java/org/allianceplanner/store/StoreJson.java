package org.allianceplanner.store;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.allianceplanner.io.JsonInput;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * JSON as it goes into the store: compact, without nulls. Documents are read back strictly through
 * the io readers; small records (KPIs, progress) are read tolerantly so that a field added or dropped
 * in a later version does not make old rows unreadable.
 */
public final class StoreJson {

    private static final ObjectMapper WRITER = JsonInput.mapper().copy()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static final ObjectMapper TOLERANT = new ObjectMapper().findAndRegisterModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private StoreJson() {
    }

    public static String write(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return WRITER.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value as a JSON tree, without nulls, the way it is stored. */
    public static com.fasterxml.jackson.databind.node.ObjectNode tree(Object value) {
        return WRITER.valueToTree(value);
    }

    /** Parses stored JSON text into a tree; throws on text that is not JSON. */
    public static com.fasterxml.jackson.databind.JsonNode parse(String json) throws IOException {
        return WRITER.readTree(json);
    }

    /** Reads a small record tolerantly; throws on text that is not JSON or does not fit at all. */
    public static <T> T readTolerant(String json, Class<T> type) throws IOException {
        return TOLERANT.readValue(json, type);
    }

    public static <T> T readTolerant(String json, com.fasterxml.jackson.core.type.TypeReference<T> type)
            throws IOException {
        return TOLERANT.readValue(json, type);
    }

    public static ObjectMapper tolerantMapper() {
        return TOLERANT;
    }
}
