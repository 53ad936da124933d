package org.allianceplanner.excel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.allianceplanner.io.VocabularyEntryDocument;
import org.allianceplanner.model.ServiceVocabulary;

/**
 * Need and capability codes as a workbook shows and reads them: the shared vocabulary and the
 * problem's own entries (its 自定义代码 sheet). A cell holds a code's Chinese name (what the drop-down
 * offers) or the code itself; text that names no code is a custom code, kept as written. An own code
 * is written by its name only when that name reads back as the same code (unique, not a shared name).
 */
final class ServiceNames {

    /** The shared vocabulary alone (the template, a problem without own entries). */
    static final ServiceNames SHARED = new ServiceNames(List.of());

    private final List<VocabularyEntryDocument> own;

    private ServiceNames(List<VocabularyEntryDocument> own) {
        this.own = own;
    }

    static ServiceNames of(List<VocabularyEntryDocument> own) {
        if (own == null || own.isEmpty()) {
            return SHARED;
        }
        return new ServiceNames(own.stream().filter(e -> e != null && e.code() != null && !e.code().isBlank())
                .toList());
    }

    /** A code from a cell's text: a shared or own code, or one's Chinese or English name; else the text. */
    String code(String text) {
        String t = ExcelLayout.normalize(text);
        for (Map.Entry<String, String> e : ServiceVocabulary.chineseLabels().entrySet()) {
            String code = e.getKey();
            if (names(t, code, e.getValue(), ServiceVocabulary.en(code))) {
                return code;
            }
        }
        for (VocabularyEntryDocument e : own) {
            if (t.equals(ExcelLayout.normalize(e.code()))) {
                return e.code();
            }
        }
        List<String> named = new ArrayList<>();
        for (VocabularyEntryDocument e : own) {
            if (names(t, e.code(), e.name(), e.nameEn()) && !named.contains(e.code())) {
                named.add(e.code());
            }
        }
        return named.size() == 1 ? named.get(0) : text.trim();
    }

    private static boolean names(String t, String code, String zh, String en) {
        String z = ExcelLayout.normalize(zh);
        return t.equalsIgnoreCase(code) || (!z.isEmpty() && (t.equals(z) || t.equals(z + ExcelLayout.normalize(code))
                || t.equals(z + "(" + ExcelLayout.normalize(code) + ")")))
                || (en != null && !en.isBlank() && t.equalsIgnoreCase(ExcelLayout.normalize(en)));
    }

    /** What a cell shows for a code: its Chinese name when that reads back as the code, else the code. */
    String label(String code) {
        if (ServiceVocabulary.isKnown(code)) {
            return ServiceVocabulary.zh(code);
        }
        for (VocabularyEntryDocument e : own) {
            if (e.code().equals(code) && e.name() != null && !e.name().isBlank()) {
                return code.equals(code(e.name())) ? e.name().trim() : code;
            }
        }
        return code;
    }
}
