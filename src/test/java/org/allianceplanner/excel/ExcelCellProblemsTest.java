package org.allianceplanner.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;

import org.allianceplanner.io.PlanDocument;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Cells that cannot be read as they look: a formula never calculated (it would read as 0, a latitude
 * of 0), a date where a count belongs (46,000), an error value such as #N/A (once silently dropped).
 * Each is a problem naming its cell; and a workbook too large is refused before it is read whole.
 */
class ExcelCellProblemsTest {

    private static Cell cell(XSSFWorkbook workbook, String sheet, int excelRow, String header) {
        Workbooks.set(workbook, sheet, excelRow, header, null);
        return workbook.getSheet(sheet).getRow(excelRow - 1)
                .createCell(Workbooks.column(workbook.getSheet(sheet), 0, header));
    }

    @Test
    void unsavedFormulasDatesForCountsAndErrorValuesAreRowProblems() {
        PlanDocument original = Workbooks.dataset("dianjiang");
        byte[] bytes = Workbooks.edit(ExcelProblemWriter.write(original), workbook -> {
            cell(workbook, "社区", 4, "纬度").setCellFormula("30+0.5");
            Cell date = cell(workbook, "单位", 5, "党员人数");
            date.setCellValue(LocalDate.of(2026, 1, 1));
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            date.setCellStyle(style);
            cell(workbook, "单位", 6, "单位名称").setCellErrorValue(FormulaError.NA.getCode());
        });
        ExcelImportException e = catchThrowableOfType(ExcelImportException.class,
                () -> ExcelProblemReader.read(bytes, null));
        assertThat(e).isNotNull();
        assertThat(e.sheetProblems()).extracting(SheetProblem::field).contains("社区!D4", "单位!H5", "单位!B6");
        assertThat(e.sheetProblems()).extracting(SheetProblem::messageEn).anySatisfy(m -> assertThat(m)
                .contains("=30+0.5").contains("no saved value"))
                .anySatisfy(m -> assertThat(m).contains("2026-01-01"))
                .anySatisfy(m -> assertThat(m).contains("#N/A"));
    }

    @Test
    void aWorkbookWithTooManyRowsIsRefusedBeforeItIsReadWhole() throws Exception {
        byte[] bytes;
        try (SXSSFWorkbook big = new SXSSFWorkbook(100); java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            var sheet = big.createSheet("单位");
            for (int r = 0; r <= WorkbookFile.MAX_SHEET_ROWS + 1; r++) {
                sheet.createRow(r).createCell(0).setCellValue(r);
            }
            big.write(out);
            bytes = out.toByteArray();
        }
        ExcelImportException e = catchThrowableOfType(ExcelImportException.class,
                () -> ExcelProblemReader.read(bytes, null));
        assertThat(e.sheetProblems()).singleElement().satisfies(p -> assertThat(p.messageEn())
                .contains("too large").contains("单位").contains(String.valueOf(WorkbookFile.MAX_SHEET_ROWS)));
    }
}
