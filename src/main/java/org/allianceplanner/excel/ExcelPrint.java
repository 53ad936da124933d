package org.allianceplanner.excel;

import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How a sheet prints: A4, landscape where wide, one page wide, header rows repeated on every page,
 * the sheet's title and page number in the page header and footer, rows tall enough for their
 * wrapped text, and manual page breaks that keep an alliance's block of rows on one page where it
 * fits. Spreadsheet programs lay out pages themselves, so the breaks are computed from the same
 * geometry (column widths, row heights, the fit-to-width scale) with a safety margin.
 */
final class ExcelPrint {

    /** A4 in points. */
    static final double A4_LONG = 842;
    static final double A4_SHORT = 595;
    /** Margins in inches: 0.4 at the sides, 0.45 top and bottom, room for the header and footer. */
    private static final double SIDE = 0.4;
    private static final double TOP_BOTTOM = 0.45;
    /**
     * Points per character of column width: Excel (and WPS, and LibreOffice with Carlito, Calibri's
     * metric twin) draws the default font's digit 7 pixels, 5.25 pt, wide. The scale is computed with
     * a hair more, so that it is never larger than the program's. LibreOffice without Carlito falls
     * back to a wider font and scales the sheet down further: still one page wide and whole rows,
     * with more room left at the foot of each page.
     */
    private static final double SCALE_POINTS_PER_CHARACTER = 5.4;
    private static final double POINTS_PER_CHARACTER = 5.25;
    /** Breaks keep this much of a page spare, for rounding in the program's own layout. */
    private static final double SAFETY = 0.97;

    private ExcelPrint() {
    }

    static String dateText(LocalDate date) {
        return "%d年%d月%d日".formatted(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /**
     * A4, landscape or portrait, fitted to one page wide ({@code pagesTall} 0: as many as needed),
     * the rows {@code repeatFrom} to {@code repeatUpTo} (0-based, inclusive; -1: none) repeated on
     * every page, and the sheet's title and page numbers in the page header and footer.
     */
    static void setUp(Sheet sheet, boolean landscape, int pagesTall, int repeatFrom, int repeatUpTo,
            String headerText) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(landscape);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) pagesTall);
        sheet.setMargin(Sheet.LeftMargin, SIDE);
        sheet.setMargin(Sheet.RightMargin, SIDE);
        sheet.setMargin(Sheet.TopMargin, TOP_BOTTOM);
        sheet.setMargin(Sheet.BottomMargin, TOP_BOTTOM);
        sheet.setMargin(Sheet.HeaderMargin, 0.2);
        sheet.setMargin(Sheet.FooterMargin, 0.2);
        sheet.setHorizontallyCenter(true);
        if (repeatUpTo >= 0) {
            sheet.setRepeatingRows(new CellRangeAddress(repeatFrom, repeatUpTo, 0, 0));
        }
        sheet.getHeader().setCenter(headerText.replace("&", "&&"));
        sheet.getFooter().setCenter("第 &P 页，共 &N 页");
    }

    /** The fit-to-width scale of a sheet whose columns are {@code widths} characters wide. */
    static double scale(int[] widths, boolean landscape) {
        double total = 0;
        for (int w : widths) {
            total += w * SCALE_POINTS_PER_CHARACTER;
        }
        double printable = (landscape ? A4_LONG : A4_SHORT) - 2 * SIDE * 72;
        return Math.min(1, printable / total);
    }

    /** The height in points a page has for rows below the repeated ones, before scaling. */
    static double rowSpace(boolean landscape, double repeatedHeight, double scale) {
        double printable = (landscape ? A4_SHORT : A4_LONG) - 2 * TOP_BOTTOM * 72;
        return printable * SAFETY / scale - repeatedHeight;
    }

    /**
     * Sets each row's height to fit its wrapped text: {@code texts} by column, each column
     * {@code widths[c]} characters wide; a Chinese character counts two.
     */
    static float fitHeight(Row row, int[] widths, List<String> texts, float lineHeight) {
        int lines = 1;
        for (int c = 0; c < texts.size() && c < widths.length; c++) {
            lines = Math.max(lines, lines(texts.get(c), widths[c]));
        }
        float height = Math.max(lineHeight + 1.5f, lines * lineHeight + 1.5f);
        row.setHeightInPoints(height);
        return height;
    }

    /**
     * How many lines a 10-pt text takes in a column {@code width} characters wide: a column
     * character is 5.25 pt, a Chinese character 10 pt, a Latin one about 5.5 pt, and the cell keeps
     * a few points of padding.
     */
    static int lines(String text, int width) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        double usable = Math.max(10, width * POINTS_PER_CHARACTER - 5);
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            double points = 0;
            for (int i = 0; i < paragraph.length(); i++) {
                points += paragraph.charAt(i) > 0x2E7F ? 10 : 5.5;
            }
            lines += Math.max(1, (int) Math.ceil(points / usable));
        }
        return lines;
    }

    /**
     * Manual page breaks between blocks of rows: a block that would not fit on the rest of the
     * page starts a new one, unless it is longer than a page itself (then it runs on).
     *
     * @param blocks each block as {first row, last row} (0-based, inclusive) in order
     * @param heights the height of every row in points, by row index
     * @param firstPageTaken the height the first page gives to rows above the blocks (a title)
     */
    static void keepBlocksTogether(Sheet sheet, List<int[]> blocks, float[] heights, double rowSpace,
            double firstPageTaken) {
        double used = firstPageTaken;
        boolean pageHasRows = false;
        for (int[] block : blocks) {
            double height = 0;
            for (int r = block[0]; r <= block[1]; r++) {
                height += heights[r];
            }
            if (pageHasRows && used + height > rowSpace && height <= rowSpace) {
                sheet.setRowBreak(block[0] - 1);
                used = 0;
            }
            // A block longer than a page runs on; the page it ends on holds what is left of it.
            used = height > rowSpace ? (used + height) % rowSpace : used + height;
            pageHasRows = true;
        }
    }
}
