package org.allianceplanner.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.allianceplanner.messages.Message;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Reads a JSON request into a document and reports everything wrong with it at once: JSON syntax,
 * wrong types, unknown enum values and unknown fields (collected while Jackson reads, instead of
 * stopping at the first), then Bean Validation, then the document's own cross-field checks.
 */
public final class JsonInput {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .findAndAddModules()
            .addModule(StrictScalars.module())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            // One document per body: {"a":1} followed by anything else is refused, not half read.
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // {"name": "a", "name": "b"} is refused: which one was meant cannot be known.
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private JsonInput() {
    }

    /**
     * Reads a JSON body into {@code type} and checks it: reading problems, Bean Validation and
     * {@code crossChecks}, all in one {@link InvalidInputException}.
     */
    public static <T> T read(byte[] body, Class<T> type, Function<T, List<FieldProblem>> crossChecks) {
        return checked(parse(body, type), crossChecks);
    }

    /** Reads a plan document, with the plan's own checks, or any other document with its field checks. */
    public static <T> T read(byte[] body, Class<T> type) {
        return read(body, type, checksFor(type));
    }

    /** Checks a document already read, or throws {@link InvalidInputException} listing every problem. */
    public static <T> T checked(Parsed<T> parsed, Function<T, List<FieldProblem>> crossChecks) {
        return check(parsed, crossChecks).orThrow();
    }

    /**
     * The document with every problem: its reading problems, then Bean Validation and
     * {@code crossChecks} (without repeating a field whose type was wrong), in reading order.
     */
    public static <T> Parsed<T> check(Parsed<T> parsed, Function<T, List<FieldProblem>> crossChecks) {
        List<FieldProblem> problems = new ArrayList<>(parsed.problems());
        problems.addAll(withoutTypeErrors(parsed, Stream.concat(DocumentValidation.validate(parsed.value()).stream(),
                crossChecks.apply(parsed.value()).stream()).toList()));
        problems.sort(Comparator.comparing(FieldProblem::field, FieldPaths.ORDER));
        return new Parsed<>(parsed.value(), problems);
    }

    /** A field that had the wrong type was read as null: do not also report it (as missing, say). */
    public static List<FieldProblem> withoutTypeErrors(Parsed<?> parsed, List<FieldProblem> problems) {
        Set<String> typeErrors = parsed.problems().stream().map(FieldProblem::field).collect(Collectors.toSet());
        return problems.stream().filter(p -> !typeErrors.contains(p.field())).toList();
    }

    @SuppressWarnings("unchecked")
    private static <T> Function<T, List<FieldProblem>> checksFor(Class<T> type) {
        return type == PlanDocument.class ? d -> PlanChecks.check((PlanDocument) d) : d -> List.of();
    }

    /**
     * Reads a JSON body into {@code type}, collecting the problems of its fields instead of stopping
     * at the first. A body that is empty, not JSON or not an object throws {@link InvalidInputException}.
     */
    public static <T> Parsed<T> parse(byte[] body, Class<T> type) {
        if (body == null || body.length == 0 || new String(body, StandardCharsets.UTF_8).isBlank()) {
            throw InvalidInputException.at("", "input.empty");
        }
        return parse(type, reader -> reader.readValue(body));
    }

    /** The same for JSON already parsed, such as an item with a merge patch applied. */
    public static <T> Parsed<T> parse(JsonNode node, Class<T> type) {
        return parse(type, reader -> reader.readValue(node));
    }

    private interface Reading<T> {
        T read(ObjectReader reader) throws IOException;
    }

    private static <T> Parsed<T> parse(Class<T> type, Reading<T> reading) {
        ProblemCollector collector = new ProblemCollector();
        T document;
        try {
            document = reading.read(MAPPER.readerFor(type).withHandler(collector));
        } catch (JsonParseException e) {
            throw notJson(e);
        } catch (JsonMappingException e) {
            if (isTrailingContent(e)) {
                throw trailingContent();
            }
            if (e.getCause() instanceof JsonParseException cause && cause.getOriginalMessage() != null
                    && cause.getOriginalMessage().startsWith("Duplicate field")) {
                throw notJson(cause);
            }
            collector.problems.add(FieldProblem.of(pathOf(e.getPath()), "input.fieldUnreadable", e.getOriginalMessage()));
            throw new InvalidInputException(collector.problems);
        } catch (IOException e) {
            throw InvalidInputException.at("", "input.unreadable");
        }
        if (document == null) {
            throw InvalidInputException.at("", "input.notObject");
        }
        return new Parsed<>(document, collector.problems);
    }

    /** A document as a JSON tree (to apply a merge patch to it). */
    public static JsonNode toTree(Object value) {
        return MAPPER.valueToTree(value);
    }

    /** Any JSON value, read as strictly as a document (syntax only). */
    public static JsonNode tree(byte[] body) {
        if (body == null || body.length == 0 || new String(body, StandardCharsets.UTF_8).isBlank()) {
            throw InvalidInputException.at("", "input.empty");
        }
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw InvalidInputException.at("", "input.empty");
            }
            return node;
        } catch (JsonParseException e) {
            throw notJson(e);
        } catch (JsonMappingException e) {
            throw isTrailingContent(e) ? trailingContent()
                    : InvalidInputException.at("", "input.notJsonBecause", e.getOriginalMessage());
        } catch (IOException e) {
            throw InvalidInputException.at("", "input.notJsonBecause", e.getMessage());
        }
    }

    private static boolean isTrailingContent(JsonMappingException e) {
        return e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Trailing token");
    }

    private static InvalidInputException trailingContent() {
        return InvalidInputException.at("", "input.trailingContent");
    }

    private static InvalidInputException notJson(JsonParseException e) {
        String message = e.getOriginalMessage();
        JsonParser p = e.getProcessor();
        if (message != null && message.startsWith("Duplicate field") && p != null) {
            String field = pathOf(p.getParsingContext());
            String name = p.getParsingContext().getCurrentName();
            return InvalidInputException.at(field, "input.duplicateKey", name);
        }
        return InvalidInputException.at("", "input.notJson", e.getLocation().getLineNr(), e.getLocation().getColumnNr());
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static String pathOf(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            } else if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            }
        }
        return path.toString();
    }

    /** The field the parser is at, as organizations[3].location.lat. */
    static String pathOf(JsonStreamContext context) {
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.add(0, "[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.inObject() && c.getCurrentName() != null) {
                parts.add(0, "." + c.getCurrentName());
            }
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    /** Records type problems and lets Jackson go on with a null, so that all of them are reported. */
    private static final class ProblemCollector extends DeserializationProblemHandler {

        private final List<FieldProblem> problems = new ArrayList<>();

        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p,
                JsonDeserializer<?> deserializer, Object beanOrClass, String propertyName) throws IOException {
            String parent = pathOf(p.getParsingContext().getParent());
            String field = parent.isEmpty() ? propertyName : parent + "." + propertyName;
            problems.add(FieldProblem.of(field, "input.unknownField"));
            p.skipChildren();
            return true;
        }

        @Override
        public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String value,
                String failureMsg) {
            if (StrictScalars.CONTROL_CHARACTER.equals(failureMsg)) {
                problems.add(FieldProblem.of(pathOf(ctxt.getParser().getParsingContext()), "input.controlCharacter",
                        TextRules.visible(value)));
                return null;
            }
            add(ctxt.getParser(), targetType, "\"" + value + "\"");
            return null;
        }

        @Override
        public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number value,
                String failureMsg) {
            add(ctxt.getParser(), targetType, String.valueOf(value));
            return null;
        }

        @Override
        public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken token,
                JsonParser p, String failureMsg) throws IOException {
            String field = pathOf(p.getParsingContext());
            if (token == JsonToken.START_ARRAY || token == JsonToken.START_OBJECT) {
                // The context is now inside the value; report the field that holds it.
                field = pathOf(p.getParsingContext().getParent());
            }
            problems.add(typeProblem(field, targetType.getRawClass(), describe(token, p)));
            p.skipChildren();
            return null;
        }

        /** A collection or object given as a scalar, such as "capabilities": "LEGAL_AID". */
        @Override
        public Object handleMissingInstantiator(DeserializationContext ctxt, Class<?> instClass,
                ValueInstantiator valueInsts, JsonParser p, String msg) throws IOException {
            problems.add(typeProblem(pathOf(p.getParsingContext()), instClass, describe(p.currentToken(), p)));
            p.skipChildren();
            return null;
        }

        private void add(JsonParser parser, Class<?> targetType, String value) {
            problems.add(typeProblem(pathOf(parser.getParsingContext()), targetType, value));
        }

        private static FieldProblem typeProblem(String field, Class<?> type, String value) {
            if (type.isEnum()) {
                String allowed = Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                        .collect(Collectors.joining(", "));
                return FieldProblem.of(field, "input.notOneOf", value, allowed);
            }
            return FieldProblem.of(field, "input.wrongType", Message.of("input.type." + typeName(type)), value);
        }

        private static String describe(JsonToken token, JsonParser p) throws IOException {
            return switch (token) {
                case START_ARRAY -> "[…]";
                case START_OBJECT -> "{…}";
                case VALUE_STRING -> "\"" + p.getText() + "\"";
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> p.getText();
                default -> token.asString() == null ? token.toString() : token.asString();
            };
        }

        /** The kind of value a type wants: its message is input.type.&lt;kind&gt;. */
        private static String typeName(Class<?> type) {
            if (type == Integer.class || type == Long.class || type == int.class || type == long.class) {
                return "wholeNumber";
            }
            if (Number.class.isAssignableFrom(type) || type == double.class) {
                return "number";
            }
            if (type == Boolean.class || type == boolean.class) {
                return "boolean";
            }
            if (type == String.class) {
                return "text";
            }
            if (Collection.class.isAssignableFrom(type)) {
                return "array";
            }
            return "object";
        }
    }
}
