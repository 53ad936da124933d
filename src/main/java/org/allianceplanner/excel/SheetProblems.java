package org.allianceplanner.excel;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.allianceplanner.io.FieldProblem;
import org.allianceplanner.io.ItemRef;
import org.allianceplanner.messages.Localized;
import org.allianceplanner.messages.Message;
import org.apache.poi.ss.util.CellReference;

/**
 * Turns what an import found into problems a planner can find in the workbook: each at its cell (or
 * row, or sheet), the message framed with the sheet, row and column, in the workbook's own words.
 * Problems of the checks every problem gets (field paths such as {@code organizations[3].homeCommunity})
 * are placed through the cells the fields came from.
 */
final class SheetProblems {

    private static final List<String> SHEET_ORDER = List.of(ExcelLayout.COMMUNITIES, ExcelLayout.ORGANIZATIONS,
            ExcelLayout.VOCABULARY, ExcelLayout.RULES, ExcelLayout.CALENDAR);

    /**
     * Codes the workbook words its own way: columns, not JSON fields. A missing cell is empty, not
     * null.
     */
    private static final Map<String, String> WORKBOOK_WORDING = Map.of(
            "validation.NotNull", "excel.value.empty",
            "plan.pinnedWithoutCommunity", "excel.pinnedWithoutCommunity");

    private SheetProblems() {
    }

    /**
     * Adds a problem of the document's checks at the cell its field came from; {@code fieldCheck}: a
     * Bean Validation problem, whose text names no field.
     */
    static void add(Reading reading, FieldProblem problem, boolean fieldCheck) {
        String path = problem.field();
        // A cell that could not be read left a null behind: do not also report it (or what is in it) as missing.
        if (reading.isUnreadable(path)) {
            return;
        }
        if ((path.equals("communities") && reading.rows("communities").isEmpty())
                || (path.equals("organizations") && reading.rows("organizations").isEmpty())) {
            return; // reported as an empty sheet already
        }
        Place place = reading.place(path);
        reading.problem(place, problem.text(), fieldCheck && place != null && place.column() >= 0);
    }

    static List<SheetProblem> of(Reading reading) {
        return reading.found().stream()
                .sorted(Comparator.comparing((Reading.Found f) -> f.place() == null ? -1
                                : SHEET_ORDER.indexOf(f.place().sheet()))
                        .thenComparingInt(f -> f.place() == null ? 0 : f.place().row())
                        .thenComparingInt(f -> f.place() == null ? 0 : f.place().column()))
                .map(f -> problem(reading, f))
                .toList();
    }

    private static SheetProblem problem(Reading reading, Reading.Found f) {
        Message text = inWorkbookWords(reading, f.text());
        Place p = f.place();
        if (p == null) {
            return new SheetProblem("", text, null, null, null, null);
        }
        String sheet = reading.sheetName(p.sheet());
        String sheetEn = ExcelLayout.SHEET_EN.get(p.sheet());
        if (p.row() == 0) {
            return new SheetProblem(sheet, Message.of("excel.at.sheet", sheet, text, sheetEn), sheet, null, null, null);
        }
        if (p.column() < 0) {
            return new SheetProblem("%s!%d:%d".formatted(sheet, p.row(), p.row()),
                    Message.of("excel.at.row", sheet, p.row(), text, sheetEn), sheet, p.row(), null, null);
        }
        String column = CellReference.convertNumToColString(p.column());
        Message framed = Message.of(f.subject() ? "excel.at.cellSubject" : "excel.at.cell", sheet, p.row(), p.header(),
                text, column, sheetEn, p.headerEn());
        return new SheetProblem(sheet + "!" + column + p.row(), framed, sheet, p.row(), column, p.header());
    }

    /** "（与organizations[3]相同）" reads "（与第5行相同）" in a workbook; JSON words become the workbook's. */
    private static Message inWorkbookWords(Reading reading, Message text) {
        Message worded = text.withCode(WORKBOOK_WORDING.getOrDefault(text.code(), text.code()));
        return worded.mapArgs(arg -> {
            if (arg instanceof ItemRef ref) {
                List<Integer> rows = reading.rows(ref.array());
                return ref.index() < rows.size() ? (Localized) locale -> Message.of("excel.rowRef",
                        rows.get(ref.index())).in(locale) : ref;
            }
            return arg instanceof Message nested ? inWorkbookWords(reading, nested) : arg;
        });
    }
}
