package org.allianceplanner.io;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.allianceplanner.messages.Localized;
import org.allianceplanner.model.ActivityCalendar;
import org.allianceplanner.model.ActivityType;
import org.allianceplanner.model.Cadence;
import org.allianceplanner.model.DateRange;
import org.allianceplanner.model.ThemedPartyDay;

/**
 * The checks of a plan's calendar, activity types and activities: dates that parse and fall in the
 * year, holidays that are not also make-up workdays, known type codes, and windows that leave at
 * least one day the type allows. Reports every problem, skipping what earlier problems left unusable.
 */
final class CalendarChecks {

    /**
     * How far from the calendar's year a date may lie: a range reaching further (to the year
     * 999999999, say) would be expanded day by day. Within these bounds a calendar has at most
     * {@code (2 * YEARS_AROUND + 1) * 366} days.
     */
    public static final int YEARS_AROUND = 1;

    private final List<FieldProblem> problems;
    private Integer year;

    private CalendarChecks(List<FieldProblem> problems) {
        this.problems = problems;
    }

    static void check(PlanDocument plan, Set<String> communityIds, List<FieldProblem> problems) {
        new CalendarChecks(problems).run(plan, communityIds);
    }

    private void run(PlanDocument plan, Set<String> communityIds) {
        CalendarDocument calendar = plan.calendar();
        if (calendar == null) {
            if (plan.activityTypes() != null) {
                add("activityTypes", "schedule.typesNeedCalendar");
            }
            if (plan.activities() != null && !plan.activities().isEmpty()) {
                add("activities", "schedule.activitiesNeedCalendar");
            }
            return;
        }
        if (calendar.year() == null) {
            return;
        }
        int year = calendar.year();
        this.year = year;
        boolean usable = parseDays(calendar.holidays(), "calendar.holidays")
                & parseDays(calendar.extraWorkdays(), "calendar.extraWorkdays")
                & parseRange(calendar.reviewWindow(), "calendar.reviewWindow")
                & parseThemedPartyDay(calendar.themedPartyDay());
        List<ActivityType> types = types(plan.activityTypes(), year);
        if (!usable || types == null) {
            return;
        }
        ActivityCalendar model = CalendarInput.calendar(calendar);
        if (model.reviewWindow().start().getYear() != year) {
            add("calendar.reviewWindow", "schedule.reviewWindowYear", year);
            return;
        }
        if (plan.activityTypes() == null) {
            types = ActivityType.fourOnes(model.reviewWindow());
        }
        DateRange horizon = CalendarInput.horizon(model, types);
        checkInHorizon(calendar.holidays(), "calendar.holidays", horizon);
        checkInHorizon(calendar.extraWorkdays(), "calendar.extraWorkdays", horizon);
        checkNoOverlap(calendar);
        checkWindowsHaveAllowedDays(plan.activityTypes() == null, types, model);
        checkActivities(plan.activities(), types, communityIds, horizon, year);
    }

    private boolean parseDays(List<String> entries, String path) {
        boolean ok = true;
        if (entries != null) {
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i) == null) {
                    // Bean Validation reports it (also a number, read as null after its type problem).
                    ok = false;
                } else {
                    ok &= parseRange(entries.get(i), path + "[" + i + "]");
                }
            }
        }
        return ok;
    }

    private boolean parseRange(String text, String path) {
        if (text == null) {
            return true;
        }
        try {
            DateRange range = DateRange.parse(text);
            if (year != null && (range.start().getYear() < year - YEARS_AROUND
                    || range.end().getYear() > year + YEARS_AROUND)) {
                add(path, "schedule.rangeTooFar", text, year - YEARS_AROUND, year + YEARS_AROUND);
                return false;
            }
            return true;
        } catch (DateTimeParseException e) {
            add(path, "plan.badDateRange", text, "2026-10-01", "2026-10-01/2026-10-07");
        } catch (IllegalArgumentException e) {
            add(path, "plan.rangeBackwards", text);
        }
        return false;
    }

    private boolean parseThemedPartyDay(String text) {
        if (text == null) {
            return true;
        }
        try {
            ThemedPartyDay.parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            add("calendar.themedPartyDay", "schedule.badThemedPartyDay", text);
            return false;
        }
    }

    /** The types as the model will see them, or null when one of them cannot be used. */
    private List<ActivityType> types(List<ActivityTypeDocument> docs, int year) {
        if (docs == null) {
            return List.of();
        }
        List<ActivityType> types = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        boolean ok = true;
        for (int i = 0; i < docs.size(); i++) {
            ActivityTypeDocument d = docs.get(i);
            String path = "activityTypes[" + i + "]";
            if (d == null || d.code() == null || d.cadence() == null || d.name() == null) {
                ok = false;
                continue;
            }
            if (!codes.add(d.code())) {
                add(path + ".code", "schedule.duplicateType", d.code());
            }
            if (d.cadence() == Cadence.WINDOW && d.window() == null) {
                add(path + ".window", "schedule.windowNeeded");
                ok = false;
            } else if (d.cadence() != Cadence.WINDOW && d.window() != null) {
                add(path + ".window", "schedule.windowOnlyForWindow");
            } else if (!parseRange(d.window(), path + ".window")) {
                ok = false;
            } else if (d.window() != null && DateRange.parse(d.window()).start().getYear() != year) {
                add(path + ".window", "schedule.windowYear", year);
                ok = false;
            }
            if (ok) {
                types.add(CalendarInput.type(d));
            }
        }
        return ok ? types : null;
    }

    private void checkInHorizon(List<String> entries, String path, DateRange horizon) {
        if (entries == null) {
            return;
        }
        for (int i = 0; i < entries.size(); i++) {
            DateRange range = DateRange.parse(entries.get(i));
            if (range.start().isBefore(horizon.start()) || range.end().isAfter(horizon.end())) {
                add(path + "[" + i + "]", "schedule.outsideYear", range, horizon.start(), horizon.end());
            }
        }
    }

    private void checkNoOverlap(CalendarDocument calendar) {
        Set<LocalDate> holidays = CalendarInput.days(calendar.holidays());
        List<String> workdays = calendar.extraWorkdays() == null ? List.of() : calendar.extraWorkdays();
        for (int i = 0; i < workdays.size(); i++) {
            List<LocalDate> both = CalendarInput.days(List.of(workdays.get(i))).stream()
                    .filter(holidays::contains).toList();
            if (!both.isEmpty()) {
                add("calendar.extraWorkdays[" + i + "]", "schedule.holidayAndWorkday", both);
            }
        }
    }

    private void checkWindowsHaveAllowedDays(boolean defaultTypes, List<ActivityType> types, ActivityCalendar calendar) {
        for (int i = 0; i < types.size(); i++) {
            ActivityType type = types.get(i);
            for (DateRange window : type.windows(calendar.year())) {
                if (!hasAllowedDay(window, type, calendar)) {
                    String path = defaultTypes ? (type.cadence() == Cadence.WINDOW ? "calendar.reviewWindow" : "calendar")
                            : "activityTypes[" + i + "]" + (type.cadence() == Cadence.WINDOW ? ".window" : ".dayKind");
                    add(path, "schedule.noAllowedDay", window, Localized.term(type.name(), type.code()),
                            Localized.term(type.dayKind().zh(), type.dayKind().en()));
                }
            }
        }
    }

    private static boolean hasAllowedDay(DateRange window, ActivityType type, ActivityCalendar calendar) {
        for (LocalDate d = window.start(); !d.isAfter(window.end()); d = d.plusDays(1)) {
            if (calendar.allows(type.dayKind(), d)) {
                return true;
            }
        }
        return false;
    }

    private void checkActivities(List<ActivityDocument> activities, List<ActivityType> types, Set<String> communityIds,
            DateRange horizon, int year) {
        if (activities == null) {
            return;
        }
        Map<String, ActivityType> byCode = new HashMap<>();
        types.forEach(t -> byCode.put(t.code(), t));
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < activities.size(); i++) {
            ActivityDocument a = activities.get(i);
            String path = "activities[" + i + "]";
            if (a == null || a.type() == null || a.community() == null || a.sequence() == null) {
                continue;
            }
            ActivityType type = byCode.get(a.type());
            if (type == null) {
                add(path + ".type", "schedule.unknownType", a.type(), byCode.keySet());
            } else if (a.sequence() > type.countPerYear()) {
                add(path + ".sequence", "schedule.sequenceTooHigh", Localized.term(type.name(), type.code()),
                        type.countPerYear());
            }
            if (!communityIds.contains(a.community())) {
                add(path + ".community", "plan.unknownCommunity", a.community());
            }
            Integer earlier = seen.putIfAbsent(a.community() + "/" + a.type() + "/" + a.sequence(), i);
            if (earlier != null) {
                add(path, "schedule.sameActivity", new ItemRef("activities", earlier));
            }
            checkActivityDate(a, path, horizon, year);
        }
    }

    private void checkActivityDate(ActivityDocument a, String path, DateRange horizon, int year) {
        if (a.date() == null) {
            if (a.pinnedOrDefault()) {
                add(path + ".pinned", "schedule.pinnedNeedsDate");
            }
            return;
        }
        try {
            LocalDate date = LocalDate.parse(a.date());
            if (!horizon.contains(date)) {
                add(path + ".date", "schedule.dateOutsideYear", date, year, horizon.start(), horizon.end());
            }
        } catch (DateTimeParseException e) {
            add(path + ".date", "schedule.badDate", a.date(), "2026-10-09");
        }
    }

    private void add(String field, String code, Object... args) {
        problems.add(FieldProblem.of(field, code, args));
    }
}
