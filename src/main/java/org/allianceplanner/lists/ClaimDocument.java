package org.allianceplanner.lists;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

/**
 * A claim of a proposal (项目认领) at a joint meeting: which meeting (its name or key; the alliance's
 * meeting in the planned month when left out) and on which day (today when left out).
 */
public record ClaimDocument(@Size(max = 100) String meeting, LocalDate on) {
}
