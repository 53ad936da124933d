package org.allianceplanner.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The few cell styles every workbook of the service uses, and small writing helpers. */
final class ExcelStyles {

    final CellStyle title;
    final CellStyle header;
    final CellStyle requiredHeader;
    final CellStyle englishHeader;
    final CellStyle text;
    final CellStyle wrap;
    final CellStyle date;
    final CellStyle decimal;
    final CellStyle note;
    final CellStyle holiday;
    final CellStyle workday;
    final CellStyle muted;
    /** Bordered table cells for printing: plain, wrapped and with two decimals. */
    final CellStyle cell;
    final CellStyle cellWrap;
    final CellStyle cellDecimal;

    ExcelStyles(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font titleFont = workbook.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 14);
        Font red = workbook.createFont();
        red.setBold(true);
        red.setColor(IndexedColors.DARK_RED.getIndex());
        Font grey = workbook.createFont();
        grey.setItalic(true);
        grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
        grey.setFontHeightInPoints((short) 9);

        title = workbook.createCellStyle();
        title.setFont(titleFont);
        title.setVerticalAlignment(VerticalAlignment.CENTER);

        header = bordered(workbook);
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setWrapText(true);

        requiredHeader = workbook.createCellStyle();
        requiredHeader.cloneStyleFrom(header);
        requiredHeader.setFont(red);

        englishHeader = bordered(workbook);
        englishHeader.setFont(grey);
        englishHeader.setAlignment(HorizontalAlignment.CENTER);

        text = workbook.createCellStyle();
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        text.setVerticalAlignment(VerticalAlignment.TOP);

        wrap = workbook.createCellStyle();
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);

        date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        date.setVerticalAlignment(VerticalAlignment.TOP);

        decimal = workbook.createCellStyle();
        decimal.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
        decimal.setVerticalAlignment(VerticalAlignment.TOP);

        note = workbook.createCellStyle();
        note.setFont(grey);
        note.setWrapText(true);
        note.setVerticalAlignment(VerticalAlignment.TOP);

        holiday = bordered(workbook);
        holiday.setWrapText(true);
        holiday.setVerticalAlignment(VerticalAlignment.TOP);
        holiday.setFillForegroundColor(IndexedColors.ROSE.getIndex());
        holiday.setFillPattern(FillPatternType.SOLID_FOREGROUND);

        workday = bordered(workbook);
        workday.setWrapText(true);
        workday.setVerticalAlignment(VerticalAlignment.TOP);

        muted = bordered(workbook);
        muted.setWrapText(true);
        muted.setVerticalAlignment(VerticalAlignment.TOP);
        muted.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        muted.setFillPattern(FillPatternType.SOLID_FOREGROUND);

        // Tables to print: 10 pt, so that a landscape page holds some thirty rows at full scale.
        Font small = workbook.createFont();
        small.setFontHeightInPoints((short) 10);
        cell = bordered(workbook);
        cell.setFont(small);
        cell.setVerticalAlignment(VerticalAlignment.TOP);
        cellWrap = bordered(workbook);
        cellWrap.setFont(small);
        cellWrap.setWrapText(true);
        cellWrap.setVerticalAlignment(VerticalAlignment.TOP);
        cellDecimal = bordered(workbook);
        cellDecimal.setFont(small);
        cellDecimal.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
        cellDecimal.setVerticalAlignment(VerticalAlignment.TOP);
    }

    private static CellStyle bordered(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    /** A title across {@code columns} columns in the sheet's first row. */
    void title(Sheet sheet, String text, int columns) {
        Row row = sheet.createRow(0);
        row.setHeightInPoints(24);
        Cell cell = row.createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(title);
        if (columns > 1) {
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns - 1));
        }
    }

    /** A row of Chinese headers. */
    void headers(Sheet sheet, int rowIndex, String... headers) {
        Row row = sheet.createRow(rowIndex);
        for (int i = 0; i < headers.length; i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(headers[i]);
            cell.setCellStyle(header);
        }
    }

    static Cell put(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
        }
        return cell;
    }

    static Cell put(Row row, int column, Number value) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
        return cell;
    }

    /** A legal, unique sheet name (at most 31 characters, none of []:*?/\). */
    static String sheetName(Workbook workbook, String wanted) {
        String base = WorkbookUtil.createSafeSheetName(wanted == null || wanted.isBlank() ? "未命名" : wanted, '_');
        String name = base;
        for (int i = 2; workbook.getSheet(name) != null; i++) {
            String suffix = "(" + i + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }

    static XSSFWorkbook newWorkbook() {
        return new XSSFWorkbook();
    }

    static byte[] bytes(Workbook workbook) {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
