package org.allianceplanner.calendar;

/** A plan that was submitted without a calendar, so it has no activities to show. */
public class NoCalendarException extends RuntimeException {

    public NoCalendarException(String id) {
        super("Plan " + id + " was submitted without a calendar, so it has no joint activities / 该方案没有活动日程");
    }
}
