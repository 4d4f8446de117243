package org.onecard.terminal.operators;

import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Outcome;
import org.onecard.identity.application.PasswordHasher;
import org.onecard.terminal.operators.domain.TerminalOperator;
import org.onecard.terminal.operators.persistence.TerminalOperatorStore;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Checks an operator's password as a terminal sends it, in this order: the operator exists and is
 * enabled (5130), is not locked (5132), the password matches (else 5131, and the third wrong one in
 * a row locks the operator: 5132). A right password clears the count.
 */
@Service
public class OperatorPasswords {

    private final TerminalOperatorStore store;
    private final PasswordHasher hasher;

    OperatorPasswords(TerminalOperatorStore store, PasswordHasher hasher) {
        this.store = store;
        this.hasher = hasher;
    }

    public Mono<Outcome<TerminalOperator>> check(long terminalId, String operatorNo, String password) {
        return store.find(terminalId, operatorNo)
                .filter(TerminalOperator::enabled)
                .flatMap(op -> op.locked() ? Mono.just(locked(op)) : compare(op, password))
                .defaultIfEmpty(Outcome.refused(ResultCode.OPERATOR_NOT_FOUND,
                        "The terminal has no enabled operator " + operatorNo));
    }

    private Mono<Outcome<TerminalOperator>> compare(TerminalOperator op, String password) {
        return store.hash(op.id()).flatMap(hash -> hasher.matches(password, hash)).flatMap(right -> right
                ? store.succeeded(op.id(), TerminalOperator.MAX_FAILED_ATTEMPTS).thenReturn(Outcome.done(op))
                : store.failed(op.id()).map(n -> n >= TerminalOperator.MAX_FAILED_ATTEMPTS ? locked(op)
                        : Outcome.refused(ResultCode.OPERATOR_PASSWORD_WRONG, "Wrong password for operator "
                                + op.operatorNo() + " (" + n + " of " + TerminalOperator.MAX_FAILED_ATTEMPTS + ")")));
    }

    private static Outcome<TerminalOperator> locked(TerminalOperator op) {
        return Outcome.refused(ResultCode.OPERATOR_LOCKED, "Operator " + op.operatorNo() + " is locked");
    }
}
