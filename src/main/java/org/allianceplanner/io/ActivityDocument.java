package org.allianceplanner.io;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * One joint activity: the {@code sequence}-th of its {@code type} in the year for the alliance of
 * {@code community}. A solved plan lists every activity with its {@code date}; a submitted plan may
 * list some, to fix dates by hand ({@code pinned}) or to score them. {@code id} and {@code window}
 * are output only.
 */
public record ActivityDocument(
        String id,
        @NotBlank String type,
        @NotBlank String community,
        @NotNull @Positive Integer sequence,
        String window,
        String date,
        Boolean pinned) {

    public boolean pinnedOrDefault() {
        return Boolean.TRUE.equals(pinned);
    }
}
