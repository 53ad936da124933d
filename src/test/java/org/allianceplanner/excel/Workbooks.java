package org.allianceplanner.excel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.allianceplanner.io.PlanDocument;
import org.allianceplanner.io.PlanMapper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Test helpers: datasets, opening workbooks with POI, editing cells by header and reading them back. */
public final class Workbooks {

    private static final DataFormatter FORMAT = new DataFormatter();

    private Workbooks() {
    }

    public static PlanDocument dataset(String name) {
        try {
            return PlanMapper.readDocument(Files.readAllBytes(Path.of("datasets", name + ".json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static XSSFWorkbook open(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] edit(byte[] bytes, Consumer<XSSFWorkbook> change) {
        XSSFWorkbook workbook = open(bytes);
        change.accept(workbook);
        return ExcelStyles.bytes(workbook);
    }

    /** The 0-based column whose first-row header (without a trailing *) is {@code header}. */
    public static int column(Sheet sheet, int headerRow, String header) {
        Row row = sheet.getRow(headerRow);
        for (Cell cell : row) {
            if (FORMAT.formatCellValue(cell).replace("*", "").equals(header)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("No column " + header + " in " + sheet.getSheetName());
    }

    /** Sets the cell of an Excel row number (1-based) under a header of the first row. */
    public static void set(XSSFWorkbook workbook, String sheetName, int excelRow, String header, String value) {
        Sheet sheet = workbook.getSheet(sheetName);
        int column = column(sheet, 0, header);
        Row row = sheet.getRow(excelRow - 1) == null ? sheet.createRow(excelRow - 1) : sheet.getRow(excelRow - 1);
        Cell cell = row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
        if (value == null) {
            row.removeCell(cell);
        } else {
            cell.setCellValue(value);
        }
    }

    public static String text(Cell cell) {
        return cell == null ? "" : FORMAT.formatCellValue(cell);
    }

    /** Rows from {@code firstRow} (0-based) on, as text, until the first empty row. */
    public static List<List<String>> rows(Sheet sheet, int firstRow) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = firstRow; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                break;
            }
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.getLastCellNum(); c++) {
                cells.add(text(row.getCell(c)));
            }
            rows.add(cells);
        }
        return rows;
    }
}
