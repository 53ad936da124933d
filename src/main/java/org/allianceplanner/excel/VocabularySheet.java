package org.allianceplanner.excel;

import java.util.ArrayList;
import java.util.List;

import org.allianceplanner.io.VocabularyEntryDocument;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The 自定义代码 sheet, one of the problem's own need or capability codes a row: 代码, 中文名称, 英文名称.
 * A workbook without it, or with no rows in it, has no own codes (workbooks made before it keep
 * importing).
 */
final class VocabularySheet {

    private VocabularySheet() {
    }

    /** The entries, or null when the sheet is missing or empty. */
    static List<VocabularyEntryDocument> read(Sheet sheet, Reading reading) {
        if (sheet == null || isBlank(sheet)) {
            return null;
        }
        SheetTable table = SheetTable.of(sheet, ExcelLayout.VOCABULARY, ExcelLayout.vocabularyColumns(), reading);
        List<VocabularyEntryDocument> entries = new ArrayList<>();
        reading.at("vocabulary", Place.sheet(ExcelLayout.VOCABULARY));
        for (Row row : table.rows(false)) {
            String path = "vocabulary[" + entries.size() + "]";
            SheetTable.Cells r = table.cells(row, path);
            reading.item("vocabulary", row.getRowNum() + 1);
            entries.add(new VocabularyEntryDocument(r.text("code", path + ".code"), r.text("name", path + ".name"),
                    r.text("nameEn", path + ".nameEn")));
        }
        return entries.isEmpty() ? null : entries;
    }

    private static boolean isBlank(Sheet sheet) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (CellValues.text(cell) != null || CellValues.problem(cell) != null) {
                    return false;
                }
            }
        }
        return true;
    }
}
