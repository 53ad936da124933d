package org.allianceplanner.io;

import org.allianceplanner.model.Cadence;
import org.allianceplanner.model.DayKind;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A kind of joint activity. Given, the list replaces the default "four ones"; a county that adds a
 * quarterly joint meeting (联席会议) lists the four ones and its meeting. {@code window} is for cadence
 * WINDOW only; {@code dayKind} defaults to ANY and {@code perWindow} to 1.
 */
public record ActivityTypeDocument(
        @NotBlank @Size(max = 50) String code,
        @NotBlank @Size(max = 100) String name,
        @Size(max = 100) String nameEn,
        @NotNull Cadence cadence,
        String window,
        DayKind dayKind,
        @Positive @Max(31) Integer perWindow,
        Boolean onThemedPartyDay,
        Boolean needsReviewPanel) {
}
