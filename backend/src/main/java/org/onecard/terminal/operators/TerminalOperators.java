package org.onecard.terminal.operators;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.onecard.common.cache.ShortLived;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Outcome;
import org.onecard.common.time.BusinessClock;
import org.onecard.identity.CurrentUser;
import org.onecard.identity.application.PasswordHasher;
import org.onecard.terminal.operators.domain.OperatorDraft;
import org.onecard.terminal.operators.domain.TerminalOperator;
import org.onecard.terminal.operators.persistence.TerminalOperatorStore;
import org.onecard.terminal.registry.application.Terminals;
import org.onecard.terminal.registry.domain.Terminal;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The card centre manages a terminal's operators and its supervisor (number 00): create, new
 * password (which unlocks), enable or disable, delete. Operators are kept per terminal, as a bank
 * POS keeps them: the supervisor of one till voids that till's sales only. Every act first finds
 * the terminal within the user's outlet scope ({@link Terminals#find}). A terminal with an enabled
 * cashier sells only while an operator is signed on ({@link #cashierRequired}).
 */
@Service
public class TerminalOperators {

    /** As long as the terminal registry keeps a terminal: other servers' changes show within it. */
    static final Duration CASHIERS_KEPT = Duration.ofSeconds(30);

    private final Terminals terminals;
    private final TerminalOperatorStore store;
    private final PasswordHasher hasher;
    private final BusinessClock clock;
    private final ShortLived<Long, Boolean> cashiers;

    TerminalOperators(Terminals terminals, TerminalOperatorStore store, PasswordHasher hasher, BusinessClock clock) {
        this.terminals = terminals;
        this.store = store;
        this.hasher = hasher;
        this.clock = clock;
        this.cashiers = new ShortLived<>(store::hasCashiers, CASHIERS_KEPT);
    }

    /**
     * Whether a sale at this terminal needs an operator signed on: it has an enabled cashier. Asked
     * on every sale, so kept for {@link #CASHIERS_KEPT}; a change through this server applies at once.
     */
    public Mono<Boolean> cashierRequired(long terminalId) {
        return cashiers.get(terminalId);
    }

    public Mono<Outcome<List<TerminalOperator>>> list(long terminalId, CurrentUser user) {
        return terminal(terminalId, user, t -> store.ofTerminal(t.id()).collectList().map(Outcome::done));
    }

    public Mono<Outcome<TerminalOperator>> create(long terminalId, OperatorDraft draft, CurrentUser user) {
        if (!draft.problems().isEmpty()) {
            return Mono.just(new Outcome.Refused<>(ResultCode.VALIDATION_FAILED, "The operator is incomplete",
                    draft.problems()));
        }
        return terminal(terminalId, user, t -> hasher.hash(draft.password())
                .flatMap(hash -> store.insert(t.id(), draft.operatorNo(), draft.name().trim(), hash, clock.now()))
                .then(store.find(t.id(), draft.operatorNo())).map(Outcome::done)
                .doOnNext(done -> cashiers.invalidate())
                .onErrorResume(DataIntegrityViolationException.class, e -> Mono.just(Outcome.refused(
                        ResultCode.OPERATOR_NUMBER_TAKEN, "Terminal " + t.machineNo() + " already has operator "
                                + draft.operatorNo()))));
    }

    public Mono<Outcome<TerminalOperator>> resetPassword(long terminalId, String operatorNo, String password,
                                                        CurrentUser user) {
        if (OperatorDraft.passwordProblem(password).isPresent()) {
            return Mono.just(new Outcome.Refused<>(ResultCode.VALIDATION_FAILED, "The password must be 4 to 6 digits",
                    List.of(OperatorDraft.passwordProblem(password).get())));
        }
        return operator(terminalId, operatorNo, user, op -> hasher.hash(password)
                .flatMap(hash -> store.setPassword(op.id(), hash, clock.now())));
    }

    public Mono<Outcome<TerminalOperator>> setEnabled(long terminalId, String operatorNo, boolean enabled,
                                                     CurrentUser user) {
        return operator(terminalId, operatorNo, user, op -> store.setEnabled(op.id(), enabled, clock.now()));
    }

    public Mono<Outcome<TerminalOperator>> delete(long terminalId, String operatorNo, CurrentUser user) {
        return operator(terminalId, operatorNo, user, op -> store.delete(op.id()));
    }

    /** Runs {@code change} on the operator and answers it as it then stands (as it stood, when deleted). */
    private Mono<Outcome<TerminalOperator>> operator(long terminalId, String operatorNo, CurrentUser user,
                                                     Function<TerminalOperator, Mono<Boolean>> change) {
        return terminal(terminalId, user, t -> store.find(t.id(), operatorNo)
                .flatMap(op -> change.apply(op).doOnTerminate(cashiers::invalidate)
                        .then(store.find(t.id(), operatorNo)).defaultIfEmpty(op))
                .map(Outcome::done)
                .defaultIfEmpty(Outcome.refused(ResultCode.OPERATOR_NOT_FOUND, "Terminal " + t.machineNo()
                        + " has no operator " + operatorNo)));
    }

    private <T> Mono<Outcome<T>> terminal(long id, CurrentUser user, Function<Terminal, Mono<Outcome<T>>> then) {
        return terminals.find(id, user).flatMap(found -> found instanceof Outcome.Done<Terminal> t
                ? then.apply(t.value()) : Mono.just(((Outcome.Refused<Terminal>) found).<T>cast()));
    }
}
