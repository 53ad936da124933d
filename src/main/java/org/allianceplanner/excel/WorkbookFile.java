package org.allianceplanner.excel;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

import org.allianceplanner.messages.Message;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
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
        Size size;
        try {
            size = size(bytes);
        } catch (Exception e) {
            throw problem("excel.file.unreadable");
        }
        if (size.rows() > MAX_SHEET_ROWS || size.cells() > MAX_CELLS) {
            throw new ExcelImportException(List.of(new SheetProblem("file", Message.of("excel.file.tooLarge",
                    size.largestSheet(), MAX_SHEET_ROWS, MAX_CELLS), null, null, null, null)));
        }
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (Exception e) {
            throw problem("excel.file.unreadable");
        }
    }

    /** The most rows one sheet may have (a province has 20,000 organizations). */
    static final int MAX_SHEET_ROWS = 50_000;
    /** The most cells a workbook may have: a province's workbook has about 400,000. */
    static final long MAX_CELLS = 1_000_000;

    /** The rows of the longest sheet (and its name) and the cells of all sheets. */
    record Size(String largestSheet, long rows, long cells) {
    }

    /**
     * Counts rows and cells by streaming each sheet's XML, before anything builds the workbook in
     * memory: a 100,000-row workbook is refused after a pass that keeps nothing.
     */
    static Size size(byte[] bytes) throws Exception {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            XSSFReader reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            XMLInputFactory factory = XMLHelper.newXMLInputFactory();
            String largest = null;
            long maxRows = 0;
            long cells = 0;
            while (sheets.hasNext()) {
                long rows = 0;
                try (InputStream in = sheets.next()) {
                    XMLStreamReader xml = factory.createXMLStreamReader(in);
                    while (xml.hasNext()) {
                        if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                            String name = xml.getLocalName();
                            if (name.equals("row")) {
                                rows++;
                            } else if (name.equals("c")) {
                                cells++;
                            }
                        }
                    }
                    xml.close();
                }
                if (rows >= maxRows) {
                    maxRows = rows;
                    largest = sheets.getSheetName();
                }
                if (rows > MAX_SHEET_ROWS || cells > MAX_CELLS) {
                    return new Size(sheets.getSheetName(), rows, cells);
                }
            }
            return new Size(largest, maxRows, cells);
        }
    }

    private static ExcelImportException problem(String code) {
        return new ExcelImportException(List.of(new SheetProblem("file", Message.of(code), null, null, null, null)));
    }
}
