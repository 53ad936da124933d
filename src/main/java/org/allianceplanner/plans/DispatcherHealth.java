package org.allianceplanner.plans;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * The solver dispatcher as a health contributor of readiness ("dispatcher"): UP while it claims
 * and solves plans, with its slots and the plans solving here; DOWN before it started and once it
 * hands its plans back at shutdown.
 */
class DispatcherHealth implements HealthIndicator {

    private final PlanDispatcher dispatcher;

    DispatcherHealth(PlanDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    public Health health() {
        Health.Builder health = dispatcher.isRunning() ? Health.up() : Health.down();
        return health.withDetail("instance", String.valueOf(dispatcher.instanceId()))
                .withDetail("slots", dispatcher.slots())
                .withDetail("solving", dispatcher.solvingHere())
                .build();
    }
}
