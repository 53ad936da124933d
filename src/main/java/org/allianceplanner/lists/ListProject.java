package org.allianceplanner.lists;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A project on the projects list (项目清单): a need taken with one or more resources by a responsible
 * unit (责任单位) in a planned month, with its status and dates. A proposal of the matching is a
 * project awaiting a claim (待认领) that carries its reason; {@code claimedAt} names the joint meeting
 * it was claimed at.
 */
public record ListProject(
        @NotBlank @Size(max = 60) String id,
        @NotBlank @Size(max = 60) String need,
        @NotEmpty List<@NotBlank String> resources,
        @NotBlank @Size(max = 60) String responsibleUnit,
        @NotNull @Min(1) @Max(12) Integer plannedMonth,
        @NotNull ProjectStatus status,
        LocalDate claimedOn,
        @Size(max = 100) String claimedAt,
        LocalDate startedOn,
        LocalDate completedOn,
        LocalDate cancelledOn,
        @Size(max = 1000) String outcome,
        ProposalReason reason) {

    public ListProject withId(String newId) {
        return new ListProject(newId, need, resources, responsibleUnit, plannedMonth, status, claimedOn, claimedAt,
                startedOn, completedOn, cancelledOn, outcome, reason);
    }

    public ListProject withStatus(ProjectStatus next, LocalDate on, String meeting, String note) {
        LocalDate claimed = next == ProjectStatus.CLAIMED ? on : claimedOn;
        String at = next == ProjectStatus.CLAIMED ? meeting : claimedAt;
        LocalDate started = next == ProjectStatus.IN_PROGRESS ? on : startedOn;
        LocalDate completed = next == ProjectStatus.DONE ? on : completedOn;
        LocalDate cancelled = next == ProjectStatus.CANCELLED ? on : cancelledOn;
        String outcomeNote = note == null ? outcome : note;
        return new ListProject(id, need, resources, responsibleUnit, plannedMonth, next, claimed, at, started,
                completed, cancelled, outcomeNote, reason);
    }

    /** Why the matching proposed it: its reason by code and the tier of the resource it found. */
    public record ProposalReason(String code, List<String> args, String zh, String en) {
    }
}
