package org.allianceplanner.lists;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * The months an alliance (a community) holds its joint meeting (联席会议) or joint visit at which
 * projects are claimed; a community not listed meets quarterly (March, June, September, December).
 */
public record MeetingMonths(@NotBlank String community, @NotEmpty List<@NotNull @Min(1) @Max(12) Integer> months) {

    public static final List<Integer> QUARTERLY = List.of(3, 6, 9, 12);
}
