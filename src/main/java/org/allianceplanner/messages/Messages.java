package org.allianceplanner.messages;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders messages from the bundles {@code messages_zh.properties} and {@code messages_en.properties}
 * (plain {@link ResourceBundle}s, so the command line needs no Spring). Patterns are
 * {@link MessageFormat} patterns; every argument is made text first (numbers as written, without
 * grouping), so a pattern only places it. A code missing from a bundle renders as the code and its
 * arguments, and is logged: the bundle test keeps that from happening.
 */
public final class Messages {

    public static final String BUNDLE = "messages";
    /** The bundle messages_zh: Chinese, the language the service is for. */
    public static final Locale ZH = Locale.CHINESE;
    /** The bundle messages_en. */
    public static final Locale EN = Locale.ENGLISH;

    private static final Logger LOG = LoggerFactory.getLogger(Messages.class);
    // No fallback to the machine's default locale: an English server still answers in Chinese and English.
    private static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, isChinese(locale) ? ZH : EN, CONTROL);
    }

    public static boolean isChinese(Locale locale) {
        return locale != null && ZH.getLanguage().equals(locale.getLanguage());
    }

    public static String render(Message message, Locale locale) {
        String pattern;
        try {
            pattern = bundle(locale).getString(message.code());
        } catch (MissingResourceException e) {
            LOG.warn("No text for message code {} in {}", message.code(), locale);
            return message.code() + message.args();
        }
        Object[] args = message.args().stream().map(a -> argument(a, locale)).toArray();
        return new MessageFormat(pattern, locale).format(args);
    }

    /** An argument as text in the language: nested messages and localized values rendered, numbers plain. */
    static String argument(Object arg, Locale locale) {
        if (arg instanceof Message m) {
            return render(m, locale);
        }
        if (arg instanceof Localized l) {
            return l.in(locale);
        }
        return String.valueOf(arg);
    }

    public static String zh(String code, Object... args) {
        return Message.of(code, args).zh();
    }

    public static String en(String code, Object... args) {
        return Message.of(code, args).en();
    }
}
