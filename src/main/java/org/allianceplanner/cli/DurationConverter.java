package org.allianceplanner.cli;

import java.time.Duration;

import org.springframework.boot.convert.DurationStyle;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads "30s", "2m", "PT90S" as picocli options; anything else is a usage error (exit 2). */
final class DurationConverter implements ITypeConverter<Duration> {

    @Override
    public Duration convert(String value) {
        try {
            Duration duration = DurationStyle.detectAndParse(value.trim());
            if (duration.isNegative() || duration.isZero()) {
                throw new TypeConversionException("时长须大于零 / must be positive: " + value);
            }
            return duration;
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("时长无法识别 / not a duration (30s, 2m, PT90S): " + value);
        }
    }
}
