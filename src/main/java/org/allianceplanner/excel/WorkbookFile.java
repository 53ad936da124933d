package org.allianceplanner.excel;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.allianceplanner.messages.Message;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An uploaded file opened as an .xlsx workbook, or one clear problem: empty, an old .xls, not a
 * workbook at all, or damaged.
 */
final class WorkbookFile {

    private WorkbookFile() {
    }

    static Workbook open(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw problem("excel.file.empty");
        }
        FileMagic magic = FileMagic.valueOf(bytes);
        if (magic == FileMagic.OLE2) {
            throw problem("excel.file.xls");
        }
        if (magic != FileMagic.OOXML) {
            throw problem("excel.file.notXlsx");
        }
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (Exception e) {
            throw problem("excel.file.unreadable");
        }
    }

    private static ExcelImportException problem(String code) {
        return new ExcelImportException(List.of(new SheetProblem("file", Message.of(code), null, null, null, null)));
    }
}
