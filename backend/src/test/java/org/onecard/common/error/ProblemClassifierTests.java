package org.onecard.common.error;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

/** Which failures become 503 (the database is away: try again) rather than 500. */
class ProblemClassifierTests {

    private final ProblemClassifier classifier = new ProblemClassifier();

    @Test
    void aLostDatabaseConnectionIsServiceUnavailable() {
        Throwable lost = new DataAccessResourceFailureException("execute; SQL [UPDATE ledger_account ...]");

        assertThat(classifier.classify(lost).resultCode()).isEqualTo(ResultCode.SERVICE_UNAVAILABLE);
    }

    @Test
    void aRollbackThatFailsOnTheDeadConnectionIsStillServiceUnavailable() {
        // Spring's TransactionalOperator reports the rollback's own failure and keeps the statement's
        // as a suppressed exception ("Application exception overridden by rollback exception")
        IllegalStateException rollback = new IllegalStateException("Request queue was disposed");
        rollback.addSuppressed(new DataAccessResourceFailureException("execute; SQL [UPDATE ledger_account ...]"));

        assertThat(classifier.classify(rollback).resultCode()).isEqualTo(ResultCode.SERVICE_UNAVAILABLE);
    }

    @Test
    void anyOtherFailureIsAnInternalError() {
        IllegalStateException bug = new IllegalStateException("a bug");
        bug.addSuppressed(new IllegalArgumentException("another"));

        assertThat(classifier.classify(bug).resultCode()).isEqualTo(ResultCode.INTERNAL_ERROR);
    }
}
