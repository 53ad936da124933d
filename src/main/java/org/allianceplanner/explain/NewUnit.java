package org.allianceplanner.explain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.allianceplanner.io.FieldProblem;
import org.allianceplanner.io.InvalidInputException;
import org.allianceplanner.io.JsonInput;
import org.allianceplanner.io.OrganizationDocument;
import org.allianceplanner.io.Parsed;
import org.allianceplanner.io.PlanChecks;
import org.allianceplanner.io.PlanDocument;

/**
 * A unit not yet in a plan, put into a copy of it unassigned so that {@link Explainer#fit} can try it
 * in every community. It is checked as a submitted one would be, with its paths relative to the unit
 * ({@code location.lat}, {@code homeCommunity}…); its {@code community} and {@code pinned}, a plan's
 * business, are ignored.
 */
public final class NewUnit {

    private NewUnit() {
    }

    /** The plan with the unit appended, unassigned; or one {@link InvalidInputException} with every problem. */
    public static PlanDocument into(PlanDocument plan, Parsed<OrganizationDocument> unit) {
        OrganizationDocument o = unit.value().withCommunity(null).withPinned(null);
        int index = plan.organizations().size();
        List<OrganizationDocument> organizations = new ArrayList<>(plan.organizations());
        organizations.add(o);
        PlanDocument candidate = plan.withOrganizations(organizations);
        String prefix = "organizations[" + index + "]";
        List<FieldProblem> found = new ArrayList<>();
        for (FieldProblem p : PlanChecks.validate(candidate)) {
            if (p.field().equals(prefix)) {
                found.add(p.at(""));
            } else if (p.field().startsWith(prefix + ".")) {
                found.add(p.at(p.field().substring(prefix.length() + 1)));
            }
        }
        List<FieldProblem> problems = new ArrayList<>(unit.problems());
        problems.addAll(JsonInput.withoutTypeErrors(unit, found));
        if (!problems.isEmpty()) {
            Set<String> seen = new LinkedHashSet<>();
            throw new InvalidInputException(problems.stream().filter(p -> seen.add(p.field() + "\u0000" + p.text()))
                    .toList());
        }
        return candidate;
    }
}
