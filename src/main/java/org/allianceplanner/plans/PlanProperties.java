package org.allianceplanner.plans;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the service solves: how many plans at once, the limits a request gets when it sets none, and
 * the longest time limit a request may ask for.
 */
@ConfigurationProperties("alliance.solver")
public record PlanProperties(
        @DefaultValue("2") int parallelPlans,
        @DefaultValue("30s") Duration defaultTimeLimit,
        @DefaultValue("10s") Duration defaultUnimprovedTimeLimit,
        @DefaultValue("1h") Duration maxTimeLimit) {
}
