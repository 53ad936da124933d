package org.allianceplanner.excel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.allianceplanner.messages.Message;

/**
 * What one import has found out so far: the cell each field of the document came from (by its path,
 * such as {@code organizations[3].location.lat}), the fields whose cells could not be read, the row of
 * each community and organization, and every problem found.
 */
final class Reading {

    /** A problem at a place; {@code subject}: the text names no field, so the column's header says which. */
    record Found(Place place, Message text, boolean subject) {
    }

    private final Map<String, Place> places = new HashMap<>();
    private final Set<String> unreadable = new HashSet<>();
    private final List<Found> found = new ArrayList<>();
    private final Map<String, String> sheetNames = new HashMap<>();
    private final Map<String, List<Integer>> rows = new HashMap<>();

    /** The field at {@code path} came from {@code place}. */
    void at(String path, Place place) {
        if (place != null && path != null) {
            places.put(path, place);
        }
    }

    /** The place of a field path, or of the nearest enclosing path that has one. */
    Place place(String path) {
        for (String p = path; !p.isEmpty(); p = parent(p)) {
            Place place = places.get(p);
            if (place != null) {
                return place;
            }
        }
        return null;
    }

    Place exactly(String path) {
        return places.get(path);
    }

    /** A problem at a place. */
    void problem(Place place, Message text, boolean subject) {
        found.add(new Found(place, text, subject));
    }

    /** A cell that could not be read: its field is left empty, and not reported again as missing. */
    void unreadable(String path, Place place, Message text, boolean subject) {
        if (path != null) {
            unreadable.add(path);
        }
        problem(place, text, subject);
    }

    /** Whether the field, or one enclosing it, could not be read. */
    boolean isUnreadable(String path) {
        for (String p = path; !p.isEmpty(); p = parent(p)) {
            if (unreadable.contains(p)) {
                return true;
            }
        }
        return false;
    }

    List<Found> found() {
        return found;
    }

    /** The workbook's own name for the sheet of {@code key} (社区 may be "社区(Communities)"). */
    void sheetName(String key, String name) {
        sheetNames.put(key, name);
    }

    String sheetName(String key) {
        return sheetNames.getOrDefault(key, key);
    }

    /** The next item of {@code array} (communities, organizations) is on Excel row {@code row}. */
    void item(String array, int row) {
        rows.computeIfAbsent(array, a -> new ArrayList<>()).add(row);
    }

    /** The Excel rows of the items of {@code array}, by index. */
    List<Integer> rows(String array) {
        return rows.getOrDefault(array, List.of());
    }

    /** organizations[3].location.lat → organizations[3].location → organizations[3] → organizations → "". */
    static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? "" : path.substring(0, cut);
    }
}
