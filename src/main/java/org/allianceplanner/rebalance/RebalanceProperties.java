package org.allianceplanner.rebalance;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The rebalancing job.
 *
 * @param cron                when it runs (Spring cron: second minute hour day month weekday); the
 *                            default is 02:00 on the first of every month, "-" switches it off
 * @param stabilityWeight     the weight of the stability constraint in a proposal (at least this;
 *                            a higher weight in the master data stays): what keeping one organization
 *                            where it is is worth, in metres of travel
 * @param maxMoves            the hard move budget of a proposal when the request sets none; empty for none
 * @param timeLimit           how long a proposal may solve
 * @param unimprovedTimeLimit a proposal stops once its best score has not improved for this long
 */
@ConfigurationProperties("alliance.rebalance")
public record RebalanceProperties(
        @DefaultValue("0 0 2 1 * *") String cron,
        @DefaultValue("5000") long stabilityWeight,
        Integer maxMoves,
        @DefaultValue("60s") Duration timeLimit,
        @DefaultValue("15s") Duration unimprovedTimeLimit) {
}
