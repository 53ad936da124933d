package org.allianceplanner.excel;

import org.allianceplanner.io.FieldProblem;
import org.allianceplanner.messages.Message;

/**
 * One thing wrong with an imported workbook: {@code field} is where in Excel's own notation
 * ({@code 单位!G12}, a whole row {@code 单位!12:12}, or a sheet {@code 单位}), then the sheet, the
 * row number as Excel shows it, the column letter and its header, and the message by code (rendered
 * in Chinese by {@link #message()} and in English by {@link #messageEn()}).
 */
public record SheetProblem(String field, Message text, String sheet, Integer row, String column, String header) {

    public String code() {
        return text.code();
    }

    public String message() {
        return text.zh();
    }

    public String messageEn() {
        return text.en();
    }

    public FieldProblem asFieldProblem() {
        return new FieldProblem(field, text);
    }
}
