package org.allianceplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import picocli.CommandLine.TypeConversionException;

/** Durations on the command line: an overflowing one is a usage error, not an ArithmeticException later. */
class DurationConverterTest {

    private final DurationConverter converter = new DurationConverter();

    @Test
    void readsOrdinaryDurations() {
        assertThat(converter.convert("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(converter.convert("PT2M")).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void refusesDurationsThatOverflow() {
        assertThatThrownBy(() -> converter.convert("9300000000000000s")).isInstanceOf(TypeConversionException.class)
                .hasMessageContaining("at most");
        assertThatThrownBy(() -> converter.convert("999999999999d")).isInstanceOf(TypeConversionException.class);
        assertThatThrownBy(() -> converter.convert("0s")).isInstanceOf(TypeConversionException.class);
        assertThatThrownBy(() -> converter.convert("soon")).isInstanceOf(TypeConversionException.class)
                .hasMessageContaining("not a duration");
    }
}
