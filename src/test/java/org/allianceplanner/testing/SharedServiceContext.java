package org.allianceplanner.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The one service the scope API tests and the page's browser tests share: the same properties and the
 * same annotations, so Spring's test context cache gives them one context. Two contexts on this one
 * in-memory database would be two dispatchers claiming each other's plans, so every class that wants
 * this database uses this annotation instead of a copy of its settings.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"alliance.demo.dataset=", "alliance.rebalance.cron=-", "alliance.solver.parallel-plans=2",
                "alliance.dispatch.poll-interval=200ms", "alliance.rebalance.stability-weight=5000",
                "spring.datasource.url=jdbc:h2:mem:scope-api;DB_CLOSE_DELAY=-1"})
public @interface SharedServiceContext {
}
