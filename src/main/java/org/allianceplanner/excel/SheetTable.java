package org.allianceplanner.excel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.allianceplanner.io.LocationDocument;
import org.allianceplanner.messages.Message;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;

/**
 * A sheet read as a table of the layout's columns: the header row (Chinese headers, and the English
 * keys in the second row, in any order, matched against {@link ExcelLayout.Column}s), its data rows
 * that are not blank, and each row's cells by column key, recording in the {@link Reading} which cell
 * each field of the document came from.
 */
final class SheetTable {

    /** The most data rows a sheet may have (a province has 20,000 organizations). */
    static final int MAX_ROWS = 100_000;

    private static final Pattern NUMBERED = Pattern.compile("^(需求|need|优先级|priority|职能|capability)(\\d+)$",
            Pattern.CASE_INSENSITIVE);

    private final Sheet sheet;
    private final String sheetKey;
    private final Map<String, Integer> columns;
    private final Map<String, String> headers;
    private final int firstDataRow;
    private final Reading reading;

    private SheetTable(Sheet sheet, String sheetKey, Map<String, Integer> columns, Map<String, String> headers,
            int firstDataRow, Reading reading) {
        this.sheet = sheet;
        this.sheetKey = sheetKey;
        this.columns = columns;
        this.headers = headers;
        this.firstDataRow = firstDataRow;
        this.reading = reading;
    }

    /** Reads the header rows; a repeated column or a missing required one is a problem. */
    static SheetTable of(Sheet sheet, String sheetKey, List<? extends ExcelLayout.Column<?>> fixed, Reading reading) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        Map<String, String> headers = new HashMap<>();
        Row chinese = sheet.getRow(0);
        Row english = sheet.getRow(1);
        boolean englishRow = false;
        int width = Math.max(chinese == null ? 0 : chinese.getLastCellNum(), english == null ? 0 : english.getLastCellNum());
        for (int c = 0; c < width; c++) {
            String zh = chinese == null ? null : CellValues.text(chinese.getCell(c));
            String en = english == null ? null : CellValues.text(english.getCell(c));
            String keyFromEnglish = key(en, fixed);
            if (keyFromEnglish != null && en != null && !en.matches(".*[\\u4e00-\\u9fff].*")) {
                englishRow = true;
            }
            String key = Optional.ofNullable(key(zh, fixed)).orElse(keyFromEnglish);
            if (key == null) {
                continue;
            }
            if (columns.containsKey(key)) {
                reading.problem(new Place(sheetKey, 1, c, label(zh, en), key), Message.of("excel.column.repeated",
                        CellReference.convertNumToColString(columns.get(key))), false);
                continue;
            }
            columns.put(key, c);
            headers.put(key, label(zh, en));
        }
        for (ExcelLayout.Column<?> column : fixed) {
            if (column.required() && !columns.containsKey(column.key())) {
                reading.problem(Place.sheet(sheetKey), Message.of("excel.column.missing", column.zh(), column.key()),
                        false);
            }
        }
        return new SheetTable(sheet, sheetKey, columns, headers, englishRow ? ExcelLayout.FIRST_DATA_ROW : 1, reading);
    }

    private static String label(String zh, String en) {
        return zh != null ? zh.replace("*", "").trim() : en;
    }

    /** The column key a header names: its Chinese header or English key, or a numbered need/capability. */
    private static String key(String header, List<? extends ExcelLayout.Column<?>> fixed) {
        if (header == null) {
            return null;
        }
        String h = ExcelLayout.normalize(header);
        for (ExcelLayout.Column<?> column : fixed) {
            if (h.equals(ExcelLayout.normalize(column.zh())) || h.equalsIgnoreCase(column.key())
                    || h.equals(ExcelLayout.normalize(column.zh()) + column.key())) {
                return column.key();
            }
        }
        Matcher m = NUMBERED.matcher(h);
        if (m.matches()) {
            String family = switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "需求", "need" -> "need";
                case "优先级", "priority" -> "priority";
                default -> "capability";
            };
            return family + Integer.parseInt(m.group(2));
        }
        return null;
    }

    Integer column(String key) {
        return columns.get(key);
    }

    int firstDataRow() {
        return firstDataRow;
    }

    /** How many numbered columns of a family the sheet has: need1…needN. */
    int numbered(String family) {
        return columns.keySet().stream().filter(k -> k.matches(family + "\\d+"))
                .mapToInt(k -> Integer.parseInt(k.substring(family.length()))).max().orElse(0);
    }

    /** The data rows that are not blank, at most {@link #MAX_ROWS}; none at all is a problem. */
    List<Row> rows() {
        return rows(true);
    }

    /** The data rows that are not blank, at most {@link #MAX_ROWS}; none at all is a problem if {@code required}. */
    List<Row> rows(boolean required) {
        List<Row> rows = new ArrayList<>();
        for (int r = firstDataRow; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || columns.values().stream().allMatch(
                    c -> CellValues.text(row.getCell(c)) == null && CellValues.problem(row.getCell(c)) == null)) {
                continue;
            }
            if (rows.size() == MAX_ROWS) {
                reading.problem(Place.sheet(sheetKey), Message.of("excel.rows.tooMany", MAX_ROWS), false);
                break;
            }
            rows.add(row);
        }
        if (rows.isEmpty() && required) {
            reading.problem(Place.sheet(sheetKey), Message.of("excel.rows.none", firstDataRow + 1), false);
        }
        return rows;
    }

    /** The cells of one data row, the fields of the item at {@code path} read from them. */
    Cells cells(Row row, String path) {
        return new Cells(row, path);
    }

    /** Reads the cells of one data row by column key, recording where each field came from. */
    final class Cells {

        private final Row row;

        private Cells(Row row, String path) {
            this.row = row;
            reading.at(path, Place.row(sheetKey, row.getRowNum() + 1));
        }

        Place place(String key) {
            Integer column = column(key);
            return column == null ? null : new Place(sheetKey, row.getRowNum() + 1, column, headers.get(key),
                    key.replaceAll("\\d+$", ""));
        }

        /** The field at {@code path} comes from the column {@code key}. */
        void at(String key, String path) {
            reading.at(path, place(key));
        }

        private Cell cell(String key) {
            Integer column = column(key);
            return column == null ? null : row.getCell(column);
        }

        String text(String key, String path) {
            at(key, path);
            return readable(key, path) ? CellValues.text(cell(key)) : null;
        }

        /** False, after recording the problem, when the cell holds an error value or an unsaved formula. */
        private boolean readable(String key, String path) {
            Message problem = CellValues.problem(cell(key));
            if (problem != null) {
                reading.unreadable(path, place(key), problem, true);
                return false;
            }
            return true;
        }

        Integer integer(String key, String path) {
            return (Integer) number(key, path, true);
        }

        Double decimal(String key, String path) {
            return (Double) number(key, path, false);
        }

        private Object number(String key, String path, boolean whole) {
            at(key, path);
            if (!readable(key, path)) {
                return null;
            }
            Object value = CellValues.number(cell(key), whole);
            if (value instanceof CellValues.NotANumber problem) {
                reading.unreadable(path, place(key), problem.problem(), true);
                return null;
            }
            return value;
        }

        LocationDocument location(String path) {
            at("lat", path);
            return new LocationDocument(decimal("lat", path + ".lat"), decimal("lon", path + ".lon"));
        }

        /** Several values (or dates and ranges) in one cell; null when there are none. */
        List<String> list(String key, String path, boolean dates) {
            at(key, path);
            if (!readable(key, path)) {
                return null;
            }
            Cell cell = cell(key);
            List<String> values = dates ? CellValues.dates(cell) : CellValues.split(CellValues.text(cell));
            for (int i = 0; i < values.size(); i++) {
                at(key, path + "[" + i + "]");
            }
            return values.isEmpty() ? null : values;
        }

        void problem(String key, Message text) {
            reading.problem(place(key), text, false);
        }

        void unreadable(String key, String path, Message text) {
            reading.unreadable(path, place(key), text, false);
        }
    }
}
