package org.allianceplanner.constraints;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.allianceplanner.messages.Localized;
import org.allianceplanner.messages.Message;
import org.allianceplanner.messages.Messages;
import org.allianceplanner.model.ActivityCalendar;
import org.allianceplanner.model.DateRange;
import org.allianceplanner.model.JointActivity;
import org.allianceplanner.model.Organization;

/**
 * The sentences that explain the calendar rules (which activity, which date, which member), by code:
 * the {@code reason.calendar.*} keys of the message bundles.
 */
final class CalendarReasons {

    private CalendarReasons() {
    }

    static Reason onHoliday(JointActivity a) {
        return of(a, "reason.calendar.onHoliday", activity(a), day(a.getDate()));
    }

    static Reason wrongDayKind(JointActivity a) {
        ActivityCalendar calendar = a.getCalendar();
        return of(a, "reason.calendar.wrongDayKind", activity(a), day(a.getDate()),
                Localized.term(calendar.describeZh(a.getDate()), calendar.describeEn(a.getDate())),
                Localized.term(a.getType().dayKind().zh(), a.getType().dayKind().en()));
    }

    static Reason outsideWindow(JointActivity a) {
        DateRange w = a.getWindow();
        return of(a, "reason.calendar.outsideWindow", activity(a), day(a.getDate()), w.start(), w.end());
    }

    /** Names every activity the panel would attend: the alliance and the type, which need not be the review. */
    static Reason panelOverbooked(LocalDate day, List<JointActivity> reviews, int perDay) {
        List<JointActivity> sorted = sorted(reviews);
        return new Reason(Message.of("reason.calendar.panelOverbooked", day(day), reviews.size(), activities(sorted),
                perDay), List.of(), sorted.stream().map(a -> a.getCommunity().getId()).distinct().toList(),
                sorted.stream().map(JointActivity::getId).toList());
    }

    static Reason sameDay(JointActivity a, JointActivity b) {
        return new Reason(Message.of("reason.calendar.sameDay", activity(a), b.getSequence(), typeName(b),
                day(a.getDate()), activity(b)), List.of(), List.of(a.getCommunity().getId()),
                List.of(a.getId(), b.getId()));
    }

    static Reason blackout(JointActivity a, Organization member) {
        DateRange range = member.blackoutContaining(a.getDate());
        return new Reason(Message.of("reason.calendar.blackout", activity(a), day(a.getDate()), member.getName(), range),
                List.of(member.getId()), List.of(a.getCommunity().getId()), List.of(a.getId()));
    }

    static Reason awayFromThemedPartyDay(JointActivity a) {
        LocalDate fixed = a.getCalendar().themedPartyDay().in(java.time.YearMonth.from(a.getDate()));
        return of(a, "reason.calendar.awayFromThemedPartyDay", activity(a), day(a.getDate()), day(fixed),
                a.daysFromThemedPartyDay());
    }

    static Reason tooClose(JointActivity a, JointActivity b, int days, int minGap) {
        JointActivity first = a.getDate().isAfter(b.getDate()) ? b : a;
        JointActivity second = first == a ? b : a;
        return new Reason(Message.of("reason.calendar.tooClose", activity(first), day(first.getDate()),
                second.getSequence(), typeName(second), day(second.getDate()), days, minGap, activity(second)),
                List.of(), List.of(a.getCommunity().getId()), List.of(first.getId(), second.getId()));
    }

    /** Names every activity of the street that day, so that a planner sees which alliances to move. */
    static Reason streetOverloaded(String street, LocalDate day, List<JointActivity> activities, int max) {
        List<JointActivity> sorted = sorted(activities);
        return new Reason(Message.of("reason.calendar.streetOverloaded", street, day(day), activities.size(),
                activities(sorted), max), List.of(), sorted.stream().map(a -> a.getCommunity().getId()).distinct().toList(),
                sorted.stream().map(JointActivity::getId).toList());
    }

    static Reason piledUp(LocalDate day, List<JointActivity> activities) {
        List<JointActivity> sorted = sorted(activities);
        JointActivity any = sorted.get(0);
        return new Reason(Message.of("reason.calendar.piledUp", day(day), sorted.size(), typeName(any),
                Localized.list(sorted.stream().map(a -> a.getCommunity().getName()).toList())), List.of(),
                sorted.stream().map(a -> a.getCommunity().getId()).distinct().toList(),
                sorted.stream().map(JointActivity::getId).toList());
    }

    private static Reason of(JointActivity a, String code, Object... args) {
        return new Reason(Message.of(code, args), List.of(), List.of(a.getCommunity().getId()), List.of(a.getId()));
    }

    /** 迎春社区联合体第3次联合走访问计 / 迎春社区's joint visit to residents #3 */
    static Message activity(JointActivity a) {
        return Message.of("reason.calendar.activity", a.getCommunity().getName(), a.getSequence(), typeName(a));
    }

    /** The activity type's name, in English its English name or else its code. */
    private static Localized typeName(JointActivity a) {
        return Localized.term(a.getType().name(), a.getType().nameEn() == null ? a.getType().code() : a.getType().nameEn());
    }

    private static Localized activities(List<JointActivity> activities) {
        return Localized.list(activities.stream().map(CalendarReasons::activity).toList());
    }

    private static List<JointActivity> sorted(List<JointActivity> activities) {
        return activities.stream().sorted(Comparator.comparing(JointActivity::getId)).toList();
    }

    /** 2026-10-02（周五） / Fri 2026-10-02 */
    static Message day(LocalDate day) {
        Localized weekday = locale -> Messages.isChinese(locale)
                ? day.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.CHINA).replace("星期", "周")
                : day.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        return Message.of("reason.calendar.day", day, weekday);
    }
}
