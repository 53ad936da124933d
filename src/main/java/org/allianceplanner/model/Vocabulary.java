package org.allianceplanner.model;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The names of need and capability codes for one problem: the shared {@link ServiceVocabulary} and the
 * problem's own entries for codes beyond it (a county's own need, such as {@code FLOOD_WATCH} 防汛巡查).
 * A code in neither is shown as written.
 */
public final class Vocabulary {

    /** One of a problem's own codes with its Chinese and English names. */
    public record Entry(String code, String zh, String en) {
    }

    /** The shared vocabulary alone. */
    public static final Vocabulary SHARED = new Vocabulary(List.of());

    private final Map<String, Entry> own = new LinkedHashMap<>();

    private Vocabulary(Collection<Entry> entries) {
        for (Entry entry : entries) {
            own.put(entry.code(), entry);
        }
    }

    public static Vocabulary of(Collection<Entry> entries) {
        return entries == null || entries.isEmpty() ? SHARED : new Vocabulary(entries);
    }

    /** The problem's own entries, in the order given. */
    public List<Entry> entries() {
        return List.copyOf(own.values());
    }

    /** Whether the code has a name, shared or the problem's own. */
    public boolean isKnown(String code) {
        return ServiceVocabulary.isKnown(code) || own.containsKey(code);
    }

    public String zh(String code) {
        if (ServiceVocabulary.isKnown(code)) {
            return ServiceVocabulary.zh(code);
        }
        Entry entry = own.get(code);
        return entry == null ? code : entry.zh();
    }

    public String en(String code) {
        if (ServiceVocabulary.isKnown(code)) {
            return ServiceVocabulary.en(code);
        }
        Entry entry = own.get(code);
        return entry == null || entry.en() == null || entry.en().isBlank() ? zh(code) : entry.en();
    }
}
