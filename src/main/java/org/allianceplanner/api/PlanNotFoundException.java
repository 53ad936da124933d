package org.allianceplanner.api;

/** A plan id the service does not know. */
class PlanNotFoundException extends RuntimeException {

    PlanNotFoundException(String id) {
        super("No plan with id " + id);
    }
}
