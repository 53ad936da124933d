package org.allianceplanner.lists;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A resident need on the needs list (需求清单): the community (alliance) it was raised in and its
 * street, a category from the needs vocabulary or the county's own code, priority 1–3, when and how
 * it was gathered, and optionally the effort (capacity units a project takes, 1 when left out) and
 * budget in yuan.
 */
public record ListNeed(
        @NotBlank @Size(max = 60) String id,
        @NotBlank @Size(max = 60) String community,
        @Size(max = 60) String street,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 50) String category,
        @NotNull @Min(1) @Max(3) Integer priority,
        @NotNull LocalDate raisedOn,
        @NotNull NeedSource source,
        @Min(1) @Max(10000) Integer effort,
        @PositiveOrZero Long budget) {

    public int effortOrDefault() {
        return effort == null ? 1 : effort;
    }

    public ListNeed withId(String newId) {
        return new ListNeed(newId, community, street, title, category, priority, raisedOn, source, effort, budget);
    }
}
