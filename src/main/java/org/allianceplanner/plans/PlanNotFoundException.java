package org.allianceplanner.plans;

/** A plan id the service does not know. */
public class PlanNotFoundException extends RuntimeException {

    public PlanNotFoundException(String id) {
        super("No plan with id " + id);
    }
}
