package org.allianceplanner.datasets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.allianceplanner.model.DateRange;
import org.allianceplanner.model.OrganizationType;

/**
 * The days in 2026 a unit cannot take part in joint activities. Schools are busy around their exams,
 * hospitals now and then (an accreditation review, an emergency drill); other units are free.
 */
final class BlackoutCalendar {

    static final int YEAR = 2026;
    /** End-of-term exams and marking (期末考试). */
    static final DateRange WINTER_EXAMS = DateRange.parse("2026-01-15/2026-01-25");
    /** Gaokao and zhongkao (高考、中考), when secondary schools are exam venues. */
    static final DateRange SUMMER_EXAMS = DateRange.parse("2026-06-07/2026-06-10");

    /** Share of hospitals that have one busy week in the year. */
    private static final double HOSPITAL_SHARE = 0.5;

    private BlackoutCalendar() {
    }

    /**
     * Blackout ranges for a unit, or null for none. A school's stage is read from its name
     * (幼儿园, 小学, 中学…), which Chinese school names always state.
     */
    static List<String> forUnit(OrganizationType type, String name, SplittableRandom random) {
        List<String> ranges = new ArrayList<>();
        if (type == OrganizationType.SCHOOL && !name.contains("幼儿园")) {
            ranges.add(WINTER_EXAMS.toString());
            if (name.contains("中学") || name.contains("职业")) {
                ranges.add(SUMMER_EXAMS.toString());
            }
        } else if (type == OrganizationType.HOSPITAL && random.nextDouble() < HOSPITAL_SHARE) {
            ranges.add(busyWeek(random).toString());
        }
        return ranges.isEmpty() ? null : ranges;
    }

    /** Three to seven days somewhere in the year, never running into the next. */
    static DateRange busyWeek(SplittableRandom random) {
        int length = 3 + random.nextInt(5);
        LocalDate start = LocalDate.ofYearDay(YEAR, 1 + random.nextInt(365 - length));
        return new DateRange(start, start.plusDays(length - 1));
    }
}
