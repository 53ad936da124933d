package org.allianceplanner.solver;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.allianceplanner.messages.Message;

/**
 * Durations as requests and the command line write them ("30s", "2m", "1h", "500ms", "1d", or ISO
 * 8601 "PT90S"), read once for both: a value within its bounds, or the message of what is wrong. A
 * duration too long to compute with (9300000000000000s, 999999999999d) is out of range or not a
 * duration, never an overflow later.
 */
public final class Durations {

    /** A duration, or the problem with the text (exactly one of the two). */
    public record Reading(Duration value, Message problem) {
    }

    private static final Pattern SIMPLE = Pattern.compile("([+-]?\\d{1,19})(ns|us|ms|s|m|h|d)?");

    private Durations() {
    }

    /** Reads {@code text}, which must lie between {@code min} and {@code max}. */
    public static Reading read(String text, Duration min, Duration max) {
        Duration value;
        try {
            value = parse(text.trim());
        } catch (IllegalArgumentException | ArithmeticException | DateTimeParseException e) {
            return new Reading(null, Message.of("limits.notDuration", text));
        }
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            return new Reading(null, Message.of("limits.outOfRange", min.toSeconds(), max.toSeconds()));
        }
        return new Reading(value, null);
    }

    private static Duration parse(String text) {
        if (text.toUpperCase(Locale.ROOT).matches("[+-]?P.*")) {
            return Duration.parse(text);
        }
        Matcher m = SIMPLE.matcher(text.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException(text);
        }
        long amount = Long.parseLong(m.group(1));
        ChronoUnit unit = switch (m.group(2) == null ? "ms" : m.group(2)) {
            case "ns" -> ChronoUnit.NANOS;
            case "us" -> ChronoUnit.MICROS;
            case "s" -> ChronoUnit.SECONDS;
            case "m" -> ChronoUnit.MINUTES;
            case "h" -> ChronoUnit.HOURS;
            case "d" -> ChronoUnit.DAYS;
            default -> ChronoUnit.MILLIS;
        };
        return Duration.of(amount, unit);
    }
}
