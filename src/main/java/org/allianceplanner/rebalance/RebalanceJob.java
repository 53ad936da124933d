package org.allianceplanner.rebalance;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The periodic rebalancing (调整): at {@code alliance.rebalance.cron} (by default 02:00 on the first
 * of every month; "-" switches it off), every adopted plan whose master data changed gets a proposal.
 * Every instance runs it; each changed revision still gets exactly one proposal.
 */
@Configuration
@EnableScheduling
class RebalanceJob {

    private static final Logger LOG = LoggerFactory.getLogger(RebalanceJob.class);

    private final RebalanceService rebalancing;

    RebalanceJob(RebalanceService rebalancing) {
        this.rebalancing = rebalancing;
    }

    @Scheduled(cron = "${alliance.rebalance.cron:0 0 2 1 * *}")
    void run() {
        try {
            RebalanceService.Result result = rebalancing.run(new RebalanceService.Request(null, null, null));
            LOG.info("Rebalancing: {} proposal(s), {} scope(s) skipped", result.proposals().size(),
                    result.skipped().size());
        } catch (RuntimeException e) {
            LOG.error("Rebalancing failed; it runs again at the next date", e);
        }
    }
}
