package org.allianceplanner.excel;

import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFCell;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.allianceplanner.messages.Message;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Cell values as text, numbers and dates, whatever the cell's type (formulas by their cached value):
 * what a planner may have typed, read the way a planner means it.
 */
final class CellValues {

    private static final Pattern LIST_SEPARATOR = Pattern.compile("[、,，;；\\n]+");
    private static final Pattern CHINESE_DATE = Pattern.compile(
            "(\\d{4})\\s*[年./-]\\s*(\\d{1,2})\\s*[月./-]\\s*(\\d{1,2})\\s*日?");

    /** A cell that should hold a number and does not: what to tell the planner. */
    record NotANumber(Message problem) {

        static NotANumber of(boolean whole, String text) {
            return new NotANumber(Message.of(whole ? "excel.value.notWhole" : "excel.value.notNumber", text));
        }
    }

    private CellValues() {
    }

    /**
     * What makes a cell unreadable, or null: an error value (#N/A, #DIV/0!…) typed or computed, or a
     * formula whose value was never saved (written by a program, not Excel), which would read as 0.
     */
    static Message problem(Cell cell) {
        if (cell == null) {
            return null;
        }
        if (cell.getCellType() == CellType.FORMULA && cell instanceof XSSFCell x && !x.getCTCell().isSetV()) {
            return Message.of("excel.value.formulaWithoutValue", "=" + cell.getCellFormula());
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.ERROR) {
            FormulaError error = FormulaError.isValidCode(cell.getErrorCellValue())
                    ? FormulaError.forInt(cell.getErrorCellValue()) : FormulaError.NA;
            return Message.of("excel.value.error", error.getString());
        }
        return null;
    }

    /** The text of a cell, trimmed (also of full-width and non-breaking spaces); null when blank. */
    static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        String text = switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : plain(cell.getNumericCellValue());
            case BOOLEAN -> cell.getBooleanCellValue() ? "是" : "否";
            default -> null;
        };
        if (text == null) {
            return null;
        }
        text = text.replace('\u00a0', ' ').replace('\u3000', ' ').trim();
        return text.isEmpty() ? null : text;
    }

    /** 30.0 as "30", 30.25 as "30.25": the way a planner typed it. */
    static String plain(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.valueOf((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** An Integer, a Double, null for a blank cell, or {@link NotANumber} saying what is wrong. */
    static Object number(Cell cell, boolean whole) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        double value;
        String text;
        if (type == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                // A date where a count belongs would read as its serial number (46,000 for 2026).
                return new NotANumber(Message.of("excel.value.dateNotNumber", text(cell)));
            }
            value = cell.getNumericCellValue();
            text = plain(value);
        } else {
            text = text(cell);
            if (text == null) {
                return null;
            }
            try {
                value = Double.parseDouble(text.replace('，', '.').replace(",", ""));
            } catch (NumberFormatException e) {
                return NotANumber.of(whole, text);
            }
        }
        if (!Double.isFinite(value) || whole && (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE)) {
            return NotANumber.of(whole, text);
        }
        return whole ? (Object) (int) value : (Object) value;
    }

    /** Dates and ranges in a cell, as ISO text: a date cell, 2026-06-07, 2026年6月7日, ranges with / 至 ~. */
    static List<String> dates(Cell cell) {
        String raw = text(cell);
        if (raw == null) {
            return List.of();
        }
        List<String> days = new ArrayList<>();
        for (String part : split(raw)) {
            String range = part.replaceAll("\\s*(至|到|~|～|—)\\s*", "/");
            String[] ends = range.split("/");
            if (ends.length == 2 || ends.length == 1) {
                days.add(Arrays.stream(ends).map(CellValues::isoDate).collect(Collectors.joining("/")));
            } else {
                days.add(part);
            }
        }
        return days;
    }

    private static String isoDate(String text) {
        Matcher m = CHINESE_DATE.matcher(text.trim());
        if (m.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))).toString();
            } catch (RuntimeException e) {
                return text.trim();
            }
        }
        return text.trim();
    }

    /** Several values in one cell, separated by 、，；, commas, semicolons or new lines. */
    static List<String> split(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(LIST_SEPARATOR.split(text)).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
