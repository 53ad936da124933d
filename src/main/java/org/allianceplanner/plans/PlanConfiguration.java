package org.allianceplanner.plans;

import org.allianceplanner.store.PlanRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class PlanConfiguration {

    /** Closed before the data source, so that the plans solving here are handed back with their best saved. */
    @Bean(destroyMethod = "close")
    PlanService planService(PlanRepository repository, PlanProperties properties, DispatchProperties dispatch) {
        return new PlanService(repository, properties.parallelPlans(), dispatch);
    }
}
