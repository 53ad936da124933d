package org.allianceplanner.io;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/** A need; priority 1 to 3, 1 when left out. */
public record NeedDocument(@NotBlank String code, @Min(1) @Max(3) Integer priority) {

    public int priorityOrDefault() {
        return priority == null ? 1 : priority;
    }
}
