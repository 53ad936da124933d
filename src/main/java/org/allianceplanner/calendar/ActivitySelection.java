package org.allianceplanner.calendar;

import java.util.Comparator;
import java.util.List;

import org.allianceplanner.model.AlliancePlan;
import org.allianceplanner.model.JointActivity;
import org.allianceplanner.model.Organization;

/**
 * The dated activities of a plan, of one alliance ({@code community}), one street or the whole
 * county, in date order, with each alliance's members.
 */
public record ActivitySelection(AlliancePlan plan, String community, String street) {

    public List<JointActivity> activities() {
        return plan.getActivities().stream()
                .filter(a -> a.getDate() != null)
                .filter(a -> community == null || a.getCommunity().getId().equals(community))
                .filter(a -> street == null || street.equals(a.getCommunity().getStreet()))
                .sorted(Comparator.comparing(JointActivity::getDate).thenComparing(JointActivity::getId))
                .toList();
    }

    /**
     * The county's and the streets' joint meetings the selection concerns: all for the county, the
     * county's and its own for a street or an alliance.
     */
    public List<org.allianceplanner.model.LevelMeetings.Meeting> levelMeetings() {
        String ownStreet = street != null ? street : community == null ? null
                : plan.getCommunities().stream().filter(c -> c.getId().equals(community)).findFirst()
                        .map(org.allianceplanner.model.Community::getStreet).orElse(null);
        return org.allianceplanner.model.LevelMeetings.of(plan).stream()
                .filter(m -> (street == null && community == null) || m.street() == null || m.street().equals(ownStreet))
                .toList();
    }

    /** The names of the alliance's member organizations, by name. */
    public List<String> memberNames(JointActivity activity) {
        return plan.getOrganizations().stream()
                .filter(o -> o.getCommunity() == activity.getCommunity())
                .map(Organization::getName)
                .sorted()
                .toList();
    }

    /** What the selection is, for titles and file names: 迎春社区, 桂溪街道 or the plan's name. */
    public String title() {
        if (community != null) {
            return plan.getCommunities().stream().filter(c -> c.getId().equals(community)).findFirst()
                    .map(c -> c.getName() + "联合体").orElse(community);
        }
        return street != null ? street : plan.getName();
    }
}
