package org.allianceplanner.messages;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A message argument that reads differently in each language: a term from a vocabulary (an
 * organization type, a need), or a list joined the way each language joins lists.
 */
@FunctionalInterface
public interface Localized {

    String in(Locale locale);

    /**
     * A term whose two names come from a vocabulary the model keeps (such as {@code OrganizationType}
     * or {@code ServiceVocabulary}), not a sentence: sentences belong in the message bundles.
     */
    static Localized term(String zh, String en) {
        return locale -> Messages.isChinese(locale) ? zh : en;
    }

    /** Items joined by the language's list separator ({@code list.separator}: 、 or ", "). */
    static Localized list(List<?> items) {
        return joined("list.separator", items);
    }

    /** Items joined by the separator the bundle gives under {@code separatorCode}. */
    static Localized joined(String separatorCode, List<?> items) {
        List<?> copy = List.copyOf(items);
        return locale -> {
            String separator = Messages.render(Message.of(separatorCode), locale);
            StringBuilder out = new StringBuilder();
            for (Object item : copy) {
                if (!out.isEmpty()) {
                    out.append(separator);
                }
                out.append(Messages.argument(item, locale));
            }
            return out.toString();
        };
    }

    /** Each item made into an argument by {@code f}, then joined as a list. */
    static <T> Localized list(List<T> items, Function<T, Object> f) {
        return list(items.stream().map(f).toList());
    }
}
