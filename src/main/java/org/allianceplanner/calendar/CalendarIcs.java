package org.allianceplanner.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;

import org.allianceplanner.model.JointActivity;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * The activity calendar as iCalendar (RFC 5545), written with iCal4j: one all-day VEVENT per
 * activity, its summary in Chinese naming the alliance and the activity, its description the members.
 * Calendar apps on the officials' phones and desktops subscribe to it or import it.
 */
public final class CalendarIcs {

    private CalendarIcs() {
    }

    /**
     * @param planId makes the event UIDs unique across plans, so importing two plans never merges them
     */
    public static String write(ActivitySelection selection, String planId, Instant stamp) {
        Calendar calendar = new Calendar()
                .add(new ProdId("-//alliance-planner//城市基层党建联合体活动日程//ZH"))
                .add(ImmutableVersion.VERSION_2_0)
                .add(new CalScale(CalScale.VALUE_GREGORIAN))
                .add(new XProperty("X-WR-CALNAME", selection.title() + " 联合活动日程"));
        for (JointActivity activity : selection.activities()) {
            calendar.add(event(selection, activity, planId, stamp));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException | ValidationException e) {
            throw new IllegalStateException("Cannot write the iCalendar file", e);
        }
        return out.toString();
    }

    private static VEvent event(ActivitySelection selection, JointActivity a, String planId, Instant stamp) {
        List<String> members = selection.memberNames(a);
        String summary = "%s联合体·%s（第%d次）".formatted(a.getCommunity().getName(), a.getType().name(), a.getSequence());
        String description = "%s %s\n成员单位 Members（%d）：%s".formatted(a.getType().name(),
                a.getType().nameEn() == null ? "" : a.getType().nameEn(), members.size(),
                members.isEmpty() ? "无" : String.join("、", members));
        // An all-day event: DTSTART;VALUE=DATE and DTEND the next day (RFC 5545 3.6.1).
        VEvent event = new VEvent(a.getDate(), a.getDate().plusDays(1), summary);
        event.add(new Uid(a.getId() + "@" + planId + ".alliance-planner"));
        // The constructor stamped the event with the clock: one DTSTAMP, the given one.
        event.replace(new DtStamp(stamp));
        event.add(new Description(description));
        event.add(new Location(a.getCommunity().getName()
                + (a.getCommunity().getStreet() == null ? "" : "（" + a.getCommunity().getStreet() + "）")));
        // The type's name as a planner reads it in a calendar program, not its code.
        event.add(new Categories(a.getType().name()));
        return event;
    }
}
