package org.allianceplanner.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.hibernate.validator.HibernateValidator;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

/** Bean Validation of input documents, with each message in Chinese and in English. */
public final class DocumentValidation {

    private static final Validator CHINESE = validator(Locale.SIMPLIFIED_CHINESE);
    private static final Validator ENGLISH = validator(Locale.ENGLISH);

    private DocumentValidation() {
    }

    public static List<FieldProblem> validate(Object document) {
        List<ConstraintViolation<Object>> zh = sorted(CHINESE.validate(document));
        List<ConstraintViolation<Object>> en = sorted(ENGLISH.validate(document));
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < zh.size(); i++) {
            String messageEn = i < en.size() ? en.get(i).getMessage() : zh.get(i).getMessage();
            problems.add(new FieldProblem(path(zh.get(i).getPropertyPath()), zh.get(i).getMessage(), messageEn));
        }
        return problems;
    }

    // Both validators see the same violations; sorting by path and constraint pairs them up.
    private static List<ConstraintViolation<Object>> sorted(Set<ConstraintViolation<Object>> violations) {
        return violations.stream()
                .sorted(Comparator.comparing((ConstraintViolation<Object> v) -> path(v.getPropertyPath()))
                        .thenComparing(ConstraintViolation::getMessageTemplate))
                .toList();
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

    private static Validator validator(Locale locale) {
        return Validation.byProvider(HibernateValidator.class).configure()
                .defaultLocale(locale)
                .buildValidatorFactory()
                .getValidator();
    }
}
