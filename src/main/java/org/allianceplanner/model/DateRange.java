package org.allianceplanner.model;

import java.time.LocalDate;

/** An inclusive range of days, written "2027-06-07/2027-06-09" (ISO 8601 interval) or a single day. */
public record DateRange(LocalDate start, LocalDate end) {

    public DateRange {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("The range ends (" + end + ") before it starts (" + start + ").");
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    public static DateRange parse(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            LocalDate day = LocalDate.parse(text.trim());
            return new DateRange(day, day);
        }
        return new DateRange(LocalDate.parse(text.substring(0, slash).trim()),
                LocalDate.parse(text.substring(slash + 1).trim()));
    }

    @Override
    public String toString() {
        return start.equals(end) ? start.toString() : start + "/" + end;
    }
}
