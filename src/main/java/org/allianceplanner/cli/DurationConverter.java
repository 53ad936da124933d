package org.allianceplanner.cli;

import java.time.Duration;

import org.allianceplanner.messages.Message;
import org.springframework.boot.convert.DurationStyle;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads "30s", "2m", "PT90S" as picocli options, positive and at most {@link #MAX} (a longer one,
 * such as 9300000000000000s, would overflow where it is turned into milliseconds); anything else is
 * a usage error (exit 2).
 */
final class DurationConverter implements ITypeConverter<Duration> {

    /** The longest duration an option takes. */
    static final Duration MAX = Duration.ofDays(7);

    @Override
    public Duration convert(String value) {
        Duration duration;
        try {
            duration = DurationStyle.detectAndParse(value.trim());
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new TypeConversionException(Message.of("cli.notDuration", value).both());
        }
        if (duration.isNegative() || duration.isZero() || duration.compareTo(MAX) > 0) {
            throw new TypeConversionException(Message.of("cli.durationOutOfRange", MAX.toSeconds(), value).both());
        }
        return duration;
    }
}
