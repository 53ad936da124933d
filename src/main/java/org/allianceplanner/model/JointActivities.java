package org.allianceplanner.model;

import java.util.ArrayList;
import java.util.List;

/** Lays out the joint activities every alliance holds in the year: each type, each window, in order. */
public final class JointActivities {

    private JointActivities() {
    }

    /** For dianjiang with the four ones: 26 alliances × (12 + 4 + 2 + 1) = 494 activities. */
    public static List<JointActivity> forAlliances(List<Community> communities, List<ActivityType> types,
            ActivityCalendar calendar) {
        List<JointActivity> activities = new ArrayList<>();
        for (Community community : communities) {
            for (ActivityType type : types) {
                int sequence = 0;
                for (DateRange window : type.windows(calendar.year())) {
                    for (int i = 0; i < type.perWindow(); i++) {
                        activities.add(new JointActivity(type, community, ++sequence, window, calendar));
                    }
                }
            }
        }
        return activities;
    }
}
