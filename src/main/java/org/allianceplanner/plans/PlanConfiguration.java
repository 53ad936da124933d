package org.allianceplanner.plans;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class PlanConfiguration {

    @Bean(destroyMethod = "close")
    PlanService planService(PlanProperties properties) {
        return new PlanService(properties.parallelPlans());
    }
}
