package org.allianceplanner.excel;

import org.allianceplanner.io.FieldProblem;

/**
 * One thing wrong with an imported workbook: {@code field} is where in Excel's own notation
 * ({@code 单位!G12}, a whole row {@code 单位!12:12}, or a sheet {@code 单位}), then the sheet, the
 * row number as Excel shows it, the column letter and its header, and the message in Chinese and English.
 */
public record SheetProblem(String field, String message, String messageEn, String sheet, Integer row,
        String column, String header) {

    public FieldProblem asFieldProblem() {
        return new FieldProblem(field, message, messageEn);
    }
}
