package org.allianceplanner.excel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.allianceplanner.io.CalendarDocument;
import org.allianceplanner.io.RulesDocument;
import org.allianceplanner.io.TypeQuotaDocument;
import org.allianceplanner.messages.Message;
import org.allianceplanner.model.OrganizationType;
import org.allianceplanner.model.SizeBalance;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The two key–value sheets, one item a row (项目 / 值 / 键 / 说明): 规则 (name, scope, balance,
 * distance, move budget, type quotas, weights) and 日程 (the calendar's year, themed party day,
 * review window, limits, and one row per holiday and make-up workday).
 */
final class SettingsSheets {

    /** A value of a key–value sheet with its place. */
    record Value(Cell cell, Place place) {
    }

    private final Map<String, List<Value>> values;
    private final Reading reading;

    private SettingsSheets(Map<String, List<Value>> values, Reading reading) {
        this.values = values;
        this.reading = reading;
    }

    /** The items of a sheet by key; a sheet the workbook lacks has none. */
    static SettingsSheets read(Sheet sheet, String sheetKey, List<ExcelLayout.Item> items, Reading reading) {
        Map<String, List<Value>> values = new LinkedHashMap<>();
        if (sheet == null) {
            return new SettingsSheets(values, reading);
        }
        Map<String, ExcelLayout.Item> byKey = new LinkedHashMap<>();
        items.forEach(item -> byKey.put(item.key().toLowerCase(Locale.ROOT), item));
        Map<String, ExcelLayout.Item> byLabel = new HashMap<>();
        items.forEach(item -> byLabel.put(ExcelLayout.normalize(item.zh()), item));
        SheetTable table = SheetTable.of(sheet, sheetKey, ExcelLayout.itemColumns(), reading);
        Integer valueColumn = table.column("value");
        if (valueColumn == null) {
            return new SettingsSheets(values, reading);
        }
        Integer keyColumn = table.column("key");
        Integer itemColumn = table.column("item");
        for (int r = table.firstDataRow(); r <= Math.min(sheet.getLastRowNum(), table.firstDataRow() + 10_000); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            String keyText = keyColumn == null ? null : CellValues.text(row.getCell(keyColumn));
            String labelText = itemColumn == null ? null : CellValues.text(row.getCell(itemColumn));
            Cell value = row.getCell(valueColumn);
            Message unreadable = CellValues.problem(value);
            if (unreadable == null && CellValues.text(value) == null) {
                continue;
            }
            ExcelLayout.Item item = keyText != null ? byKey.get(keyText.trim().toLowerCase(Locale.ROOT))
                    : labelText != null ? byLabel.get(ExcelLayout.normalize(labelText)) : null;
            if (item == null) {
                String what = keyText != null ? keyText : labelText != null ? labelText : "";
                reading.problem(Place.row(sheetKey, r + 1), Message.of("excel.item.unknown", what), false);
                continue;
            }
            Place place = new Place(sheetKey, r + 1, valueColumn, item.zh(), item.key());
            if (unreadable != null) {
                reading.problem(place, unreadable, true);
                continue;
            }
            values.computeIfAbsent(item.key(), k -> new ArrayList<>()).add(new Value(value, place));
        }
        return new SettingsSheets(values, reading);
    }

    boolean isEmpty() {
        return values.isEmpty();
    }

    private Value single(String key) {
        List<Value> list = values.get(key);
        if (list == null) {
            return null;
        }
        for (Value extra : list.subList(1, list.size())) {
            reading.problem(Place.row(extra.place().sheet(), extra.place().row()),
                    Message.of("excel.item.repeated", extra.place().header(), key), false);
        }
        return list.get(0);
    }

    /** The text of item {@code key}, its field at {@code path}. */
    String text(String key, String path) {
        Value v = single(key);
        if (v == null) {
            return null;
        }
        reading.at(path, v.place());
        return CellValues.text(v.cell());
    }

    private Integer integer(String key, String path) {
        return (Integer) number(key, path, true);
    }

    private Double decimal(String key, String path) {
        return (Double) number(key, path, false);
    }

    private Object number(String key, String path, boolean whole) {
        Value v = single(key);
        if (v == null) {
            return null;
        }
        reading.at(path, v.place());
        Object number = CellValues.number(v.cell(), whole);
        if (number instanceof CellValues.NotANumber problem) {
            reading.unreadable(path, v.place(), problem.problem(), true);
            return null;
        }
        return number;
    }

    // ---- 规则 ----

    RulesDocument rules() {
        SizeBalance balance = null;
        String balanceText = text("sizeBalance", "rules.sizeBalance");
        if (balanceText != null) {
            balance = ExcelLayout.sizeBalance(balanceText).orElse(null);
            if (balance == null) {
                reading.unreadable("rules.sizeBalance", reading.exactly("rules.sizeBalance"),
                        Message.of("excel.value.sizeBalance", balanceText), true);
            }
        }
        Double maxDistance = decimal("maxDistanceKm", "rules.maxDistanceKm");
        Integer maxMoves = integer("maxMoves", "rules.maxMoves");
        List<TypeQuotaDocument> quotas = new ArrayList<>();
        for (OrganizationType type : OrganizationType.values()) {
            String path = "rules.typeQuotas[" + quotas.size() + "]";
            Integer min = integer("typeQuota." + type.name() + ".min", path + ".min");
            Integer max = integer("typeQuota." + type.name() + ".max", path + ".max");
            if (values.containsKey("typeQuota." + type.name() + ".min")
                    || values.containsKey("typeQuota." + type.name() + ".max")) {
                Place first = reading.exactly(path + ".min") != null ? reading.exactly(path + ".min")
                        : reading.exactly(path + ".max");
                reading.at(path, first);
                reading.at(path + ".type", first);
                quotas.add(new TypeQuotaDocument(type, min, max));
            }
        }
        if (balance == null && maxDistance == null && maxMoves == null && quotas.isEmpty()) {
            return null;
        }
        return new RulesDocument(balance, maxDistance, quotas.isEmpty() ? null : quotas, maxMoves);
    }

    /** 权重：… items, by constraint name; null when none is given. */
    Map<String, Long> weights() {
        Map<String, Long> weights = new TreeMap<>();
        values.keySet().stream().filter(k -> k.startsWith("weight.")).toList().forEach(key -> {
            String name = key.substring("weight.".length());
            Integer weight = integer(key, "weights." + name);
            if (weight != null) {
                weights.put(name, weight.longValue());
            }
        });
        return weights.isEmpty() ? null : weights;
    }

    // ---- 日程 ----

    /** The calendar; null when the sheet has no year (a calendar without one is a problem). */
    CalendarDocument calendar() {
        if (values.isEmpty()) {
            return null;
        }
        Integer year = integer("year", "calendar.year");
        if (year == null) {
            if (!values.containsKey("year")) {
                Value any = values.values().iterator().next().get(0);
                reading.problem(Place.sheet(any.place().sheet()), Message.of("excel.calendarWithoutYear"), false);
            }
            return null;
        }
        reading.at("calendar", reading.exactly("calendar.year"));
        String themed = text("themedPartyDay", "calendar.themedPartyDay");
        String window = dateText(single("reviewWindow"), "calendar.reviewWindow");
        return new CalendarDocument(year, days(values.get("holiday"), "calendar.holidays"),
                days(values.get("extraWorkday"), "calendar.extraWorkdays"),
                themed == null ? null : ExcelLayout.themedPartyDayCode(themed), window,
                integer("reviewsPerDay", "calendar.reviewsPerDay"),
                integer("minGapDays", "calendar.minGapDays"),
                integer("maxActivitiesPerStreetPerDay", "calendar.maxActivitiesPerStreetPerDay"));
    }

    private String dateText(Value v, String path) {
        if (v == null) {
            return null;
        }
        reading.at(path, v.place());
        return CellValues.dates(v.cell()).stream().findFirst().orElse(null);
    }

    private List<String> days(List<Value> list, String path) {
        if (list == null) {
            return null;
        }
        List<String> days = new ArrayList<>();
        for (Value v : list) {
            for (String day : CellValues.dates(v.cell())) {
                reading.at(path + "[" + days.size() + "]", v.place());
                days.add(day);
            }
        }
        return days;
    }
}
