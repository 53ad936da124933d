package org.allianceplanner.datasets;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.allianceplanner.io.OrganizationDocument;
import org.allianceplanner.io.PlanDocument;

/** Figures about a generated plan that several tests check. */
final class DatasetFacts {

    private DatasetFacts() {
    }

    /** Every need and capability code the plan uses. */
    static Set<String> codesUsed(PlanDocument plan) {
        Set<String> codes = new HashSet<>();
        plan.communities().forEach(c -> c.needs().forEach(n -> codes.add(n.code())));
        plan.organizations().forEach(o -> codes.addAll(o.capabilities()));
        return codes;
    }

    static double homedShare(List<OrganizationDocument> organizations) {
        long homed = organizations.stream().filter(o -> o.homeCommunity() != null).count();
        return (double) homed / organizations.size();
    }
}
