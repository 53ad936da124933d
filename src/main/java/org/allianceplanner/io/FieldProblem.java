package org.allianceplanner.io;

/**
 * One thing wrong with an input: where (a field path such as {@code organizations[3].location.lat},
 * or for a spreadsheet a sheet and row) and what, in Chinese and in English.
 */
public record FieldProblem(String field, String message, String messageEn) {
}
