package org.allianceplanner.solver;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips a test class, saying why, where OR-Tools' native CP-SAT cannot load (an unsupported platform): the
 * bound and the exact phase need it, while the product itself then runs without them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresCpSat.Condition.class)
@interface RequiresCpSat {

    final class Condition implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return CpSat.available() ? ConditionEvaluationResult.enabled("CP-SAT loads")
                    : ConditionEvaluationResult.disabled("CP-SAT cannot load here: " + CpSat.problem());
        }
    }
}
