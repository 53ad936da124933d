package org.allianceplanner.cli;

import java.time.Duration;

import org.allianceplanner.solver.Durations;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads "30s", "2m", "PT90S" as picocli options, as the API reads its limits ({@link Durations}):
 * between a second and {@link #MAX}; anything else is a usage error (exit 2).
 */
final class DurationConverter implements ITypeConverter<Duration> {

    /** The longest duration an option takes. */
    static final Duration MAX = Duration.ofDays(7);

    @Override
    public Duration convert(String value) {
        Durations.Reading reading = Durations.read(value, Duration.ofSeconds(1), MAX);
        if (reading.problem() != null) {
            throw new TypeConversionException(reading.problem().both());
        }
        return reading.value();
    }
}
