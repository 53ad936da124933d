package org.allianceplanner.io;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * Scalars read strictly: a number where text belongs, text where a number belongs or 3.5 where a
 * whole number belongs is a mistake to report, not something to coerce. A mismatch goes to the
 * reader's problem handler, which records it and reads on, so every mistake is reported at once.
 */
final class StrictScalars {

    /** The failure message that marks a text refused for its characters (see JsonInput's problem handler). */
    static final String CONTROL_CHARACTER = "control character";

    private StrictScalars() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("strict-scalars");
        module.addDeserializer(String.class, new Scalar<>(String.class) {
            @Override
            String read(JsonParser p) throws IOException {
                return p.hasToken(JsonToken.VALUE_STRING) ? p.getText() : null;
            }

            @Override
            public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                String value = super.deserialize(p, ctxt);
                if (value != null && !TextRules.isClean(value)) {
                    // NUL (which PostgreSQL cannot store), other control characters, half a surrogate pair.
                    return (String) ctxt.handleWeirdStringValue(String.class, value, CONTROL_CHARACTER);
                }
                return value;
            }
        });
        module.addDeserializer(Integer.class, new Scalar<>(Integer.class) {
            @Override
            Integer read(JsonParser p) throws IOException {
                if (!p.hasToken(JsonToken.VALUE_NUMBER_INT) || p.getNumberType() != JsonParser.NumberType.INT) {
                    return null;
                }
                return p.getIntValue();
            }
        });
        module.addDeserializer(Long.class, new Scalar<>(Long.class) {
            @Override
            Long read(JsonParser p) throws IOException {
                boolean fits = p.hasToken(JsonToken.VALUE_NUMBER_INT)
                        && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER;
                return fits ? p.getLongValue() : null;
            }
        });
        module.addDeserializer(Double.class, new Scalar<>(Double.class) {
            @Override
            Double read(JsonParser p) throws IOException {
                if (!p.hasToken(JsonToken.VALUE_NUMBER_INT) && !p.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
                    return null;
                }
                // 1e400 reads as infinity: not a number anything can be computed with.
                double value = p.getDoubleValue();
                return Double.isFinite(value) ? value : null;
            }
        });
        module.addDeserializer(Boolean.class, new Scalar<>(Boolean.class) {
            @Override
            Boolean read(JsonParser p) {
                return p.hasToken(JsonToken.VALUE_TRUE) ? Boolean.TRUE
                        : p.hasToken(JsonToken.VALUE_FALSE) ? Boolean.FALSE : null;
            }
        });
        return module;
    }

    /** Reads the value, or hands a token of the wrong kind to the problem handler. */
    private abstract static class Scalar<T> extends StdScalarDeserializer<T> {

        Scalar(Class<T> type) {
            super(type);
        }

        abstract T read(JsonParser p) throws IOException;

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            T value = read(p);
            return value != null ? value : (T) ctxt.handleUnexpectedToken(handledType(), p);
        }
    }
}
