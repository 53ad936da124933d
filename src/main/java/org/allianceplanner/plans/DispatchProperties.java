package org.allianceplanner.plans;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the instances share the stored plans.
 *
 * @param instanceId  this instance's name in the store; empty for host:port, which a restarted
 *                    instance keeps, so it resumes its own plans at once instead of after their lease
 * @param lease       how long a claim holds without renewal; another instance takes a plan over
 *                    once its owner has not renewed it for this long
 * @param heartbeat   how often an instance renews its leases, polls stop requests and saves
 * @param pollInterval how often an idle instance looks for waiting plans
 * @param saveInterval the best solution is saved at most this often while it improves, and at the end
 * @param checkDocumentsOnStart read every stored document once after start and report those that no
 *                    longer parse on their plan
 */
@ConfigurationProperties("alliance.dispatch")
public record DispatchProperties(
        @DefaultValue("") String instanceId,
        @DefaultValue("30s") Duration lease,
        @DefaultValue("1s") Duration heartbeat,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("2s") Duration saveInterval,
        @DefaultValue("true") boolean checkDocumentsOnStart) {
}
