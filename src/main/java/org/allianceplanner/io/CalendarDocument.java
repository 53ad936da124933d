package org.allianceplanner.io;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * The year the joint activities are planned for. Holidays and make-up workdays (调休上班) are the
 * State Council's list for the year, as days ("2026-01-04") or ranges ("2026-10-01/2026-10-07").
 * Defaults: themed party day FIRST_FRIDAY, review window 20 Dec – 20 Jan, 3 reviews a day, 7 days
 * between activities of one alliance, 6 activities a street a day. {@code jointMeetings} (off by default,
 * so a dataset's calendar and score stay as they were) adds the community joint meeting (联席会议),
 * quarterly on a workday, to the activity types: the meeting at which members claim projects.
 */
public record CalendarDocument(
        @NotNull @Min(2000) @Max(2100) Integer year,
        List<@NotBlank String> holidays,
        List<@NotBlank String> extraWorkdays,
        String themedPartyDay,
        String reviewWindow,
        @Positive Integer reviewsPerDay,
        @PositiveOrZero Integer minGapDays,
        @PositiveOrZero Integer maxActivitiesPerStreetPerDay,
        Boolean jointMeetings) {

    /** Whether each alliance also holds its joint meeting (联席会议, quarterly): off unless asked. */
    public boolean jointMeetingsOrDefault() {
        return Boolean.TRUE.equals(jointMeetings);
    }
}
