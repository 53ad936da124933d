package org.allianceplanner.lists;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * What a member unit offers on the resources list (资源清单): the organization, the alliance
 * (community) it is a member of and its street (both optional: a unit of neither serves county-wide),
 * a capability code, a capacity a year in its unit, and the months it is available (every month when
 * left out).
 */
public record ListResource(
        @NotBlank @Size(max = 60) String id,
        @NotBlank @Size(max = 60) String organization,
        @Size(max = 100) String organizationName,
        @Size(max = 60) String alliance,
        @Size(max = 60) String street,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 50) String capability,
        @NotNull @Positive @Max(100000000) Integer capacity,
        CapacityUnit unit,
        List<@NotNull @Min(1) @Max(12) Integer> months) {

    public CapacityUnit unitOrDefault() {
        return unit == null ? CapacityUnit.TIMES : unit;
    }

    public List<Integer> monthsOrAll() {
        return months == null || months.isEmpty() ? List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12) : months;
    }

    public String organizationLabel() {
        return organizationName == null || organizationName.isBlank() ? organization : organizationName;
    }
}
