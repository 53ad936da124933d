package org.allianceplanner.io;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    private final List<FieldProblem> problems;

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
                add("activityTypes", "有活动类型时须给出calendar（年份和节假日）",
                        "activity types need a calendar (the year and its holidays)");
            }
            if (plan.activities() != null && !plan.activities().isEmpty()) {
                add("activities", "有活动时须给出calendar（年份和节假日）", "activities need a calendar (the year and its holidays)");
            }
            return;
        }
        if (calendar.year() == null) {
            return;
        }
        int year = calendar.year();
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
            add("calendar.reviewWindow", "述职评议时段须从%d年开始".formatted(year),
                    "the review window must start in " + year);
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
                if (entries.get(i) != null) {
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
            DateRange.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            add(path, "日期\"%s\"格式错误，应为2026-10-01或2026-10-01/2026-10-07".formatted(text),
                    "\"%s\" is not a date or range like 2026-10-01/2026-10-07".formatted(text));
        } catch (IllegalArgumentException e) {
            add(path, "日期范围\"%s\"结束早于开始".formatted(text), "\"%s\" ends before it starts".formatted(text));
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
            add("calendar.themedPartyDay", "\"%s\"无法识别，应写作FIRST_FRIDAY、LAST_FRIDAY等".formatted(text),
                    "\"%s\" is not a day such as FIRST_FRIDAY or LAST_FRIDAY".formatted(text));
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
                add(path + ".code", "活动类型编码\"%s\"重复".formatted(d.code()), "duplicate type code \"%s\"".formatted(d.code()));
            }
            if (d.cadence() == Cadence.WINDOW && d.window() == null) {
                add(path + ".window", "周期为WINDOW时须给出时段", "cadence WINDOW needs a window");
                ok = false;
            } else if (d.cadence() != Cadence.WINDOW && d.window() != null) {
                add(path + ".window", "只有周期为WINDOW时才给出时段", "a window is only for cadence WINDOW");
            } else if (!parseRange(d.window(), path + ".window")) {
                ok = false;
            } else if (d.window() != null && DateRange.parse(d.window()).start().getYear() != year) {
                add(path + ".window", "时段须从%d年开始".formatted(year), "the window must start in " + year);
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
                add(path + "[" + i + "]", "日期%s超出日程年度（%s至%s）".formatted(range, horizon.start(), horizon.end()),
                        "%s is outside the calendar's year (%s to %s)".formatted(range, horizon.start(), horizon.end()));
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
                add("calendar.extraWorkdays[" + i + "]", "%s既是节假日又是调休工作日".formatted(both),
                        "%s is both a holiday and a make-up workday".formatted(both));
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
                    add(path, "%s的时段%s内没有可安排的%s".formatted(type.name(), window, type.dayKind().zh()),
                            "the window %s of %s has no day that is %s".formatted(window, type.code(), type.dayKind().en()));
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
                add(path + ".type", "活动类型\"%s\"不存在，应为%s之一".formatted(a.type(), byCode.keySet()),
                        "unknown activity type \"%s\"; known: %s".formatted(a.type(), byCode.keySet()));
            } else if (a.sequence() > type.countPerYear()) {
                add(path + ".sequence", "%s每年只有%d次".formatted(type.name(), type.countPerYear()),
                        "%s happens %d times a year".formatted(type.code(), type.countPerYear()));
            }
            if (!communityIds.contains(a.community())) {
                add(path + ".community", "社区编号\"%s\"不存在".formatted(a.community()),
                        "unknown community \"%s\"".formatted(a.community()));
            }
            Integer earlier = seen.putIfAbsent(a.community() + "/" + a.type() + "/" + a.sequence(), i);
            if (earlier != null) {
                add(path, "与activities[%d]是同一项活动".formatted(earlier), "the same activity as activities[%d]".formatted(earlier));
            }
            checkActivityDate(a, path, horizon, year);
        }
    }

    private void checkActivityDate(ActivityDocument a, String path, DateRange horizon, int year) {
        if (a.date() == null) {
            if (a.pinnedOrDefault()) {
                add(path + ".pinned", "锁定的活动须给出日期", "a pinned activity needs a date");
            }
            return;
        }
        try {
            LocalDate date = LocalDate.parse(a.date());
            if (!horizon.contains(date)) {
                add(path + ".date", "日期%s超出%d年的日程（%s至%s）".formatted(date, year, horizon.start(), horizon.end()),
                        "%s is outside the %d calendar (%s to %s)".formatted(date, year, horizon.start(), horizon.end()));
            }
        } catch (DateTimeParseException e) {
            add(path + ".date", "日期\"%s\"格式错误，应为2026-10-09".formatted(a.date()),
                    "\"%s\" is not a date like 2026-10-09".formatted(a.date()));
        }
    }

    private void add(String field, String message, String messageEn) {
        problems.add(new FieldProblem(field, message, messageEn));
    }
}
