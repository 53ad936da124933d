package org.allianceplanner.plans;

import org.allianceplanner.solver.AllianceSolvers;
import org.allianceplanner.store.PlanRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.micrometer.core.instrument.MeterRegistry;

@Configuration
class PlanConfiguration {

    /** The one solver component of the service, with the configured environment mode and move threads. */
    @Bean
    AllianceSolvers allianceSolvers(PlanProperties properties) {
        return new AllianceSolvers(new AllianceSolvers.Settings(properties.environmentMode(),
                properties.moveThreadCount()));
    }

    /**
     * Closed before the data source (it needs the store), so that the plans solving here are handed
     * back with their best saved.
     */
    @Bean(destroyMethod = "close")
    PlanDispatcher planDispatcher(PlanRepository repository, PlanProperties properties, DispatchProperties dispatch,
            AllianceSolvers solvers) {
        return new PlanDispatcher(repository, properties.parallelPlans(), dispatch, solvers);
    }

    /** The dispatcher's health, in the readiness group as "dispatcher". */
    @Bean("dispatcher")
    DispatcherHealth dispatcherHealth(PlanDispatcher dispatcher) {
        return new DispatcherHealth(dispatcher);
    }

    /** The solver's metrics, reported by the dispatcher's runs. */
    @Bean
    PlanMetrics planMetrics(MeterRegistry registry, PlanRepository repository, PlanDispatcher dispatcher) {
        PlanMetrics metrics = new PlanMetrics(registry, repository, dispatcher::solvingHere);
        dispatcher.metrics(metrics);
        return metrics;
    }

    @Bean
    PlanService planService(PlanRepository repository, PlanDispatcher dispatcher) {
        return new PlanService(repository, dispatcher);
    }
}
