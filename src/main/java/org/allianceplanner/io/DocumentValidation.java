package org.allianceplanner.io;

import java.lang.annotation.Annotation;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.allianceplanner.messages.Localized;
import org.allianceplanner.messages.Message;
import org.hibernate.validator.HibernateValidator;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

/**
 * Bean Validation of input documents, each violation as a message by code:
 * {@code validation.<annotation>} (such as {@code validation.NotBlank}) with the annotation's bounds
 * as arguments, so that its texts are the bundles' like every other message.
 */
public final class DocumentValidation {

    private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class).configure()
            .defaultLocale(Locale.ENGLISH)
            .buildValidatorFactory()
            .getValidator();

    /** The attributes each annotation's message shows, in argument order. */
    private static final Map<String, List<String>> ARGUMENTS = Map.of(
            "Size", List.of("min", "max"),
            "Min", List.of("value"),
            "Max", List.of("value"),
            "DecimalMin", List.of("value"),
            "DecimalMax", List.of("value"));

    private DocumentValidation() {
    }

    public static List<FieldProblem> validate(Object document) {
        return VALIDATOR.validate(document).stream()
                .sorted(Comparator.comparing((ConstraintViolation<Object> v) -> path(v.getPropertyPath()))
                        .thenComparing(ConstraintViolation::getMessageTemplate))
                .map(v -> new FieldProblem(path(v.getPropertyPath()), message(v)))
                .toList();
    }

    private static Message message(ConstraintViolation<?> violation) {
        Class<? extends Annotation> annotation = violation.getConstraintDescriptor().getAnnotation().annotationType();
        String name = annotation.getSimpleName();
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        if (!ARGUMENTS.containsKey(name) && !Set.of("NotBlank", "NotEmpty", "NotNull", "Positive", "PositiveOrZero")
                .contains(name)) {
            // A constraint without texts of its own in the bundles: Hibernate Validator's English.
            return Message.of("validation.other", Localized.term(violation.getMessage(), violation.getMessage()));
        }
        if (Boolean.FALSE.equals(attributes.get("inclusive"))) {
            name += ".exclusive";
        }
        Object[] args = ARGUMENTS.getOrDefault(annotation.getSimpleName(), List.of()).stream()
                .map(attributes::get).toArray();
        return Message.of("validation." + name, args);
    }

    /** organizations[3].capabilities[1], without Bean Validation's "&lt;list element&gt;" nodes. */
    static String path(Path propertyPath) {
        StringBuilder path = new StringBuilder();
        for (Path.Node node : propertyPath) {
            if (node.isInIterable()) {
                path.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                path.append(path.length() == 0 ? "" : ".").append(name);
            }
        }
        return path.toString();
    }
}
