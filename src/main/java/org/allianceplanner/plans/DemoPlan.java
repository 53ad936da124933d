package org.allianceplanner.plans;

import org.allianceplanner.catalogue.DemoDatasets;
import org.allianceplanner.io.PlanMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * On a fresh start with {@code alliance.demo.dataset} set (dianjiang by default), submits that demo
 * so a new user finds a plan solving at once. Set it empty to start with no plans.
 */
@Component
class DemoPlan implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoPlan.class);

    private final PlanService plans;
    private final PlanProperties properties;
    private final String dataset;

    DemoPlan(PlanService plans, PlanProperties properties, @Value("${alliance.demo.dataset:}") String dataset) {
        this.plans = plans;
        this.properties = properties;
        this.dataset = dataset;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (dataset.isBlank() || !plans.list().isEmpty()) {
            return;
        }
        var job = plans.submit(PlanMapper.read(DemoDatasets.read(dataset)),
                properties.defaultLimits(), PlanOrigin.DEMO);
        LOG.info("Submitted the {} demo as plan {}: GET /api/plans/{}/status", dataset, job.id(), job.id());
    }
}
