package org.allianceplanner.excel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import org.allianceplanner.io.CommunityDocument;
import org.allianceplanner.io.DocumentValidation;
import org.allianceplanner.io.OrganizationDocument;
import org.allianceplanner.io.PlanChecks;
import org.allianceplanner.io.PlanDocument;
import org.allianceplanner.io.VocabularyEntryDocument;
import org.allianceplanner.messages.Localized;
import org.allianceplanner.messages.Message;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Reads a problem workbook (the template's layout, {@link ExcelLayout}) into a {@link PlanDocument}
 * and checks it with the very checks a JSON problem gets. Every problem — cells that do not parse,
 * field checks, references, duplicates — is reported at once with its sheet, Excel row number and
 * column, so that a workbook is imported whole or not at all.
 * <p>
 * The parts: {@link WorkbookFile} opens the file, {@link SheetTable} reads a sheet's columns and rows,
 * {@link CommunitySheet}, {@link OrganizationSheet}, {@link VocabularySheet} and {@link SettingsSheets} map the
 * sheets (need and capability cells by the names of {@link ServiceNames}), and
 * {@link SheetProblems} places every problem at its cell.
 */
public final class ExcelProblemReader {

    private final Reading reading = new Reading();

    private ExcelProblemReader() {
    }

    /**
     * Reads and checks a workbook; {@code fallbackName} names the plan when 规则 gives no name.
     *
     * @throws ExcelImportException listing every problem, when the workbook cannot be used whole
     */
    public static PlanDocument read(byte[] bytes, String fallbackName) {
        try (Workbook workbook = WorkbookFile.open(bytes)) {
            return new ExcelProblemReader().read(workbook, fallbackName);
        } catch (ExcelImportException e) {
            throw e;
        } catch (Exception e) {
            throw new ExcelImportException(List.of(new SheetProblem("file", Message.of("excel.file.unreadable"), null,
                    null, null, null)));
        }
    }

    private PlanDocument read(Workbook workbook, String fallbackName) {
        Map<String, Sheet> sheets = findSheets(workbook);
        requireTableSheets(workbook, sheets);
        List<VocabularyEntryDocument> vocabulary = VocabularySheet.read(sheets.get(ExcelLayout.VOCABULARY), reading);
        ServiceNames names = ServiceNames.of(vocabulary);
        List<CommunityDocument> communities = CommunitySheet.read(sheets.get(ExcelLayout.COMMUNITIES), reading, names);
        List<OrganizationDocument> organizations = OrganizationSheet.read(sheets.get(ExcelLayout.ORGANIZATIONS),
                reading, communities, names);
        SettingsSheets rules = SettingsSheets.read(sheets.get(ExcelLayout.RULES), ExcelLayout.RULES,
                ExcelLayout.ruleItems(), reading);
        SettingsSheets calendar = SettingsSheets.read(sheets.get(ExcelLayout.CALENDAR), ExcelLayout.CALENDAR,
                ExcelLayout.calendarItems(), reading);

        String name = rules.text("name", "name");
        if (name == null) {
            name = fallbackName == null || fallbackName.isBlank() ? "Excel导入的方案" : fallbackName;
        }
        PlanDocument document = new PlanDocument(name, rules.text("scope", "scope"), communities, organizations,
                rules.rules(), calendar.calendar(), null, rules.weights(), null, null).withVocabulary(vocabulary);

        DocumentValidation.validate(document).forEach(p -> SheetProblems.add(reading, p, true));
        PlanChecks.check(document).forEach(p -> SheetProblems.add(reading, p, false));
        if (!reading.found().isEmpty()) {
            throw new ExcelImportException(SheetProblems.of(reading));
        }
        return document;
    }

    /** The sheets by their key, found by their Chinese or English names. */
    private Map<String, Sheet> findSheets(Workbook workbook) {
        Map<String, Sheet> sheets = new HashMap<>();
        for (Sheet sheet : workbook) {
            String name = ExcelLayout.normalize(sheet.getSheetName()).toLowerCase(Locale.ROOT);
            ExcelLayout.SHEET_NAMES.forEach((key, aliases) -> {
                if (!sheets.containsKey(key) && aliases.stream().anyMatch(a -> a.equalsIgnoreCase(name)
                        || name.equals(ExcelLayout.normalize(a + "(" + ExcelLayout.SHEET_EN.get(key) + ")")
                                .toLowerCase(Locale.ROOT)))) {
                    sheets.put(key, sheet);
                    reading.sheetName(key, sheet.getSheetName());
                }
            });
        }
        return sheets;
    }

    /** Without 社区 or 单位 there is nothing to import: say which is missing and what the workbook has. */
    private static void requireTableSheets(Workbook workbook, Map<String, Sheet> sheets) {
        List<String> missing = new ArrayList<>();
        for (String required : List.of(ExcelLayout.COMMUNITIES, ExcelLayout.ORGANIZATIONS)) {
            if (!sheets.containsKey(required)) {
                missing.add(required);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        List<String> present = IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName).toList();
        Object presentList = present.isEmpty() ? Message.of("excel.none") : Localized.list(present);
        throw new ExcelImportException(missing.stream().map(name -> new SheetProblem(name,
                Message.of("excel.sheet.missing", name, ExcelLayout.SHEET_EN.get(name), presentList), name, null,
                null, null)).toList());
    }
}
