package org.allianceplanner.io;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.allianceplanner.model.ActivityCalendar;
import org.allianceplanner.model.ActivityType;
import org.allianceplanner.model.DateRange;
import org.allianceplanner.model.DayKind;
import org.allianceplanner.model.JointActivity;
import org.allianceplanner.model.ThemedPartyDay;

/** Turns the calendar part of a checked plan document into the model, with the documented defaults. */
final class CalendarInput {

    static final String DEFAULT_THEMED_PARTY_DAY = "FIRST_FRIDAY";

    private CalendarInput() {
    }

    static ActivityCalendar calendar(CalendarDocument doc) {
        int year = doc.year();
        return new ActivityCalendar(year, days(doc.holidays()), days(doc.extraWorkdays()),
                ThemedPartyDay.parse(doc.themedPartyDay() == null ? DEFAULT_THEMED_PARTY_DAY : doc.themedPartyDay()),
                doc.reviewWindow() == null ? ActivityCalendar.defaultReviewWindow(year)
                        : DateRange.parse(doc.reviewWindow()),
                orDefault(doc.reviewsPerDay(), ActivityCalendar.DEFAULT_REVIEWS_PER_DAY),
                orDefault(doc.minGapDays(), ActivityCalendar.DEFAULT_MIN_GAP_DAYS),
                orDefault(doc.maxActivitiesPerStreetPerDay(), ActivityCalendar.DEFAULT_MAX_ACTIVITIES_PER_STREET_PER_DAY));
    }

    /**
     * The given types, or the four ones with the calendar's review window; with {@code jointMeetings},
     * and the joint meeting (联席会议) when the types do not have it yet.
     */
    static List<ActivityType> types(List<ActivityTypeDocument> docs, ActivityCalendar calendar, boolean jointMeetings) {
        List<ActivityType> types = docs == null ? ActivityType.fourOnes(calendar.reviewWindow())
                : docs.stream().map(CalendarInput::type).toList();
        return withJointMeeting(types, jointMeetings);
    }

    static List<ActivityType> withJointMeeting(List<ActivityType> types, boolean jointMeetings) {
        if (!jointMeetings || types.stream().anyMatch(t -> t.code().equals(ActivityType.JOINT_MEETING))) {
            return types;
        }
        List<ActivityType> all = new java.util.ArrayList<>(types);
        all.add(ActivityType.jointMeeting());
        return List.copyOf(all);
    }

    static ActivityType type(ActivityTypeDocument d) {
        return new ActivityType(d.code(), d.name(), d.nameEn(), d.cadence(),
                d.window() == null ? null : DateRange.parse(d.window()),
                d.dayKind() == null ? DayKind.ANY : d.dayKind(), orDefault(d.perWindow(), 1),
                Boolean.TRUE.equals(d.onThemedPartyDay()), Boolean.TRUE.equals(d.needsReviewPanel()));
    }

    /** Every day of the listed days and ranges. */
    static Set<LocalDate> days(List<String> entries) {
        Set<LocalDate> days = new LinkedHashSet<>();
        if (entries != null) {
            for (String entry : entries) {
                DateRange range = DateRange.parse(entry);
                for (LocalDate d = range.start(); !d.isAfter(range.end()); d = d.plusDays(1)) {
                    days.add(d);
                }
            }
        }
        return days;
    }

    /** Days written back as the shortest list of days and ranges, in order. */
    static List<String> ranges(Set<LocalDate> days) {
        List<LocalDate> sorted = days.stream().sorted().toList();
        List<String> ranges = new java.util.ArrayList<>();
        for (int i = 0; i < sorted.size(); ) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1).equals(sorted.get(j).plusDays(1))) {
                j++;
            }
            ranges.add(new DateRange(sorted.get(i), sorted.get(j)).toString());
            i = j + 1;
        }
        return ranges;
    }

    static CalendarDocument document(ActivityCalendar c) {
        return new CalendarDocument(c.year(), ranges(c.holidays()), ranges(c.extraWorkdays()),
                c.themedPartyDay() == null ? null : c.themedPartyDay().code(), c.reviewWindow().toString(),
                c.reviewsPerDay(), c.minGapDays(), c.maxActivitiesPerStreetPerDay(), null);
    }

    static ActivityTypeDocument document(ActivityType t) {
        return new ActivityTypeDocument(t.code(), t.name(), t.nameEn(), t.cadence(),
                t.window() == null ? null : t.window().toString(), t.dayKind(), t.perWindow(),
                t.onThemedPartyDay() ? Boolean.TRUE : null, t.needsReviewPanel() ? Boolean.TRUE : null);
    }

    static ActivityDocument document(JointActivity a) {
        return new ActivityDocument(a.getId(), a.getType().code(), a.getCommunity().getId(), a.getSequence(),
                a.getWindow().toString(), a.getDate() == null ? null : a.getDate().toString(),
                a.isPinned() ? Boolean.TRUE : null);
    }

    /** Dates and pins given in the document, on the activities laid out for the year. */
    static void applyGivenDates(List<ActivityDocument> given, List<JointActivity> activities) {
        if (given == null) {
            return;
        }
        java.util.Map<String, JointActivity> byId = new java.util.HashMap<>();
        activities.forEach(a -> byId.put(a.getId(), a));
        for (ActivityDocument d : given) {
            JointActivity activity = byId.get(JointActivity.idOf(d.community(), d.type(), d.sequence()));
            if (d.date() != null) {
                activity.setDate(LocalDate.parse(d.date()));
            }
            activity.setPinned(d.pinnedOrDefault());
        }
    }

    /** From 1 January of the year to the end of the latest window (the review window reaches into January). */
    static DateRange horizon(ActivityCalendar calendar, List<ActivityType> types) {
        int year = calendar.year();
        LocalDate end = calendar.reviewWindow().end().isAfter(LocalDate.of(year, 12, 31))
                ? calendar.reviewWindow().end() : LocalDate.of(year, 12, 31);
        for (ActivityType type : types) {
            if (type.window() != null && type.window().end().isAfter(end)) {
                end = type.window().end();
            }
        }
        return new DateRange(LocalDate.of(year, 1, 1), end);
    }

    private static int orDefault(Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}
