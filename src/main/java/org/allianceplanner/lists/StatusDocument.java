package org.allianceplanner.lists;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A project's next status, the day (today when left out) and, for a completed project, its outcome note. */
public record StatusDocument(@NotNull ProjectStatus status, LocalDate on, @Size(max = 1000) String note,
        @Size(max = 100) String meeting) {
}
