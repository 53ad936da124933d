package org.allianceplanner.io;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A problem's own need or capability code with its names, for a code beyond the shared vocabulary
 * ({@code GET /api/vocabulary}): {"code": "FLOOD_WATCH", "name": "防汛巡查", "nameEn": "flood watch"}.
 */
public record VocabularyEntryDocument(@NotBlank @Size(max = 60) String code, @NotBlank @Size(max = 60) String name,
        @Size(max = 80) String nameEn) {
}
