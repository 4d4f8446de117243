package org.onecard.terminal.registry.application;

import java.security.SecureRandom;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Flows;
import org.onecard.common.outcome.Outcome;
import org.onecard.common.outcome.Page;
import org.onecard.identity.CurrentUser;
import org.onecard.merchant.application.Outlets;
import org.onecard.terminal.registry.domain.KeyedTerminal;
import org.onecard.terminal.registry.domain.MacKey;
import org.onecard.terminal.registry.domain.Terminal;
import org.onecard.terminal.registry.domain.TerminalDraft;
import org.onecard.terminal.registry.domain.TerminalSearch;
import org.onecard.terminal.registry.persistence.TerminalStore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * The terminal registry (设备). A terminal's MAC key is made here with {@link SecureRandom} and
 * leaves only in the answer to its registration or rotation. An operator limited to outlets
 * sees and changes only the terminals of those outlets, and places terminals only there.
 */
@Service
public class Terminals {

    private final TerminalStore store;
    private final TerminalCache cache;
    private final Outlets outlets;
    private final TransactionalOperator tx;
    private final SecureRandom random = new SecureRandom();

    public Terminals(TerminalStore store, TerminalCache cache, Outlets outlets, ReactiveTransactionManager transactions) {
        this.store = store;
        this.cache = cache;
        this.outlets = outlets;
        this.tx = TransactionalOperator.create(transactions);
    }

    public Mono<Page<Terminal>> page(TerminalSearch search, int page, int size) {
        int capped = Page.cap(size);
        return Mono.zip(store.page(search, (long) page * capped, capped).collectList(), store.count(search))
                .map(t -> new Page<>(t.getT1(), page, capped, t.getT2()));
    }

    public Mono<Outcome<Terminal>> find(long id, CurrentUser user) {
        return Flows.then(Flows.found(store.find(id), () -> "Terminal " + id), terminal -> Mono.just(
                user.coversOutlet(terminal.outletId())
                        ? Outcome.done(terminal)
                        : Outcome.forbidden("Terminal " + id + " belongs to an outlet outside your outlet scope")));
    }

    public Mono<Outcome<KeyedTerminal>> register(Integer machineNo, TerminalDraft draft, CurrentUser user) {
        return Flows.then(TerminalDraft.checkMachineNo(machineNo), no -> Flows.then(draft.check(),
                clean -> Flows.then(placeable(clean, user), outletOk -> Flows.then(free(no, clean.serial(), 0),
                        freeOk -> insert(no, clean, user)))));
    }

    /** Changes everything but the machine number and the key; the mode setup is replaced as a whole. */
    public Mono<Outcome<Terminal>> update(long id, TerminalDraft draft, CurrentUser user) {
        return Flows.then(draft.check(), clean -> Flows.then(find(id, user), terminal -> Flows.then(
                placeable(clean, user), outletOk -> Flows.then(free(null, clean.serial(), id),
                        freeOk -> tx.transactional(store.update(id, clean)).doFinally(s -> cache.forget())
                                .then(find(id, user))
                                .onErrorResume(DuplicateKeyException.class, e -> Mono.just(serialTaken()))))));
    }

    /** A disabled terminal stays registered; the terminal server refuses it. */
    public Mono<Outcome<Terminal>> setEnabled(long id, boolean enabled, CurrentUser user) {
        return Flows.then(find(id, user), terminal -> store.setEnabled(id, enabled)
                .doFinally(s -> cache.forget()).then(find(id, user)));
    }

    /** A new key, version + 1; the old key stops working at once. */
    public Mono<Outcome<KeyedTerminal>> rotateKey(long id, CurrentUser user) {
        MacKey key = MacKey.random(random);
        return Flows.then(find(id, user), terminal -> store.rotateKey(id, key).doFinally(s -> cache.forget())
                .then(find(id, user)).map(o -> o.map(t -> new KeyedTerminal(t, key))));
    }

    /** Deletes a terminal that never transacted; one that did stays for its records (disable it). */
    public Mono<Outcome<Terminal>> delete(long id, CurrentUser user) {
        return Flows.then(find(id, user), terminal -> store.deleteUntransacted(id)
                .doFinally(s -> cache.forget()).map(deleted -> deleted
                ? Outcome.done(terminal)
                : Outcome.refused(ResultCode.TERMINAL_HAS_TRANSACTIONS, "Terminal " + terminal.machineNo()
                        + " has transacted, so it stays for its records; disable it instead")));
    }

    private Mono<Outcome<KeyedTerminal>> insert(int machineNo, TerminalDraft clean, CurrentUser user) {
        MacKey key = MacKey.random(random);
        return tx.transactional(store.insert(machineNo, clean, key))
                .flatMap(id -> find(id, user))
                .map(o -> o.map(t -> new KeyedTerminal(t, key)))
                .onErrorResume(DuplicateKeyException.class, e -> free(machineNo, clean.serial(), 0)
                        .map(free -> free instanceof Outcome.Refused<Boolean> taken
                                ? taken.<KeyedTerminal>cast()
                                : machineNoTaken(machineNo)));
    }

    /** The outlet exists and the operator may place terminals there. */
    private Mono<Outcome<Long>> placeable(TerminalDraft draft, CurrentUser user) {
        return outlets.find(draft.outletId(), user).map(o -> o.map(details -> draft.outletId()));
    }

    /** Whether the machine number (null: not checked) and serial are free; {@code exceptId} is the terminal itself. */
    private Mono<Outcome<Boolean>> free(Integer machineNo, String serial, long exceptId) {
        Mono<Boolean> machineTaken = machineNo == null ? Mono.just(false) : store.machineNoTaken(machineNo);
        return machineTaken.flatMap(taken -> taken
                ? Mono.just(machineNoTaken(machineNo))
                : store.serialTaken(serial, exceptId).map(s -> s ? serialTaken() : Outcome.done(true)));
    }

    private static <T> Outcome<T> machineNoTaken(int machineNo) {
        return Outcome.refused(ResultCode.MACHINE_NO_TAKEN, "Another terminal already has machine number " + machineNo);
    }

    private static <T> Outcome<T> serialTaken() {
        return Outcome.refused(ResultCode.TERMINAL_SERIAL_TAKEN, "Another terminal already has this serial number");
    }
}
