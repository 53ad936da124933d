package org.allianceplanner.operations;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A damaged database file ends the start with its one sentence (what, where the backup is, how to
 * restore it) as Spring Boot's "APPLICATION FAILED TO START" report, without a stack trace.
 */
class DamagedDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<DamagedDatabaseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DamagedDatabaseException cause) {
        return new FailureAnalysis(cause.sentence().zh() + "\n" + cause.sentence().en(),
                "Restore the backup as above, or move the damaged file away to start with an empty database.", null);
    }
}
