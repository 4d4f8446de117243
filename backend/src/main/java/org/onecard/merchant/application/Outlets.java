package org.onecard.merchant.application;

import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Flows;
import org.onecard.common.outcome.Outcome;
import org.onecard.common.outcome.Page;
import org.onecard.identity.CurrentUser;
import org.onecard.ledger.domain.Account;
import org.onecard.ledger.domain.AccountKind;
import org.onecard.ledger.domain.OwnerType;
import org.onecard.ledger.persistence.AccountStore;
import org.onecard.merchant.domain.Outlet;
import org.onecard.merchant.domain.OutletDraft;
import org.onecard.merchant.domain.OutletSearch;
import org.onecard.merchant.persistence.MerchantStore;
import org.onecard.merchant.persistence.OutletStore;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Outlets (餐厅/超市). Each gets a revenue account in the ledger when it is created, so money
 * can reach it. An operator limited to outlets sees and changes only those.
 */
@Service
public class Outlets {

    private final OutletStore store;
    private final MerchantStore merchants;
    private final AccountStore accounts;
    private final TransactionalOperator tx;

    public Outlets(OutletStore store, MerchantStore merchants, AccountStore accounts,
                   ReactiveTransactionManager transactions) {
        this.store = store;
        this.merchants = merchants;
        this.accounts = accounts;
        this.tx = TransactionalOperator.create(transactions);
    }

    /** @param revenueAccountId the outlet's OUTLET_REVENUE ledger account; null only for an outlet made outside this API */
    public record Details(Outlet outlet, Long revenueAccountId) {
    }

    public Mono<Page<Outlet>> page(OutletSearch search, int page, int size) {
        int capped = Page.cap(size);
        return Mono.zip(store.page(search, (long) page * capped, capped).collectList(), store.count(search))
                .map(t -> new Page<>(t.getT1(), page, capped, t.getT2()));
    }

    public Mono<Outcome<Details>> find(long id, CurrentUser user) {
        return Flows.then(reachable(id, user), outlet -> accounts.findByOwner(OwnerType.OUTLET, id)
                .filter(a -> a.kind() == AccountKind.OUTLET_REVENUE).next().map(Account::id)
                .map(accountId -> Outcome.done(new Details(outlet, accountId)))
                .defaultIfEmpty(Outcome.done(new Details(outlet, null))));
    }

    public Mono<Outcome<Details>> create(long merchantId, OutletDraft draft, CurrentUser user) {
        return Flows.then(OutletScopes.unscoped(user), allowed -> Flows.then(draft.check(), clean -> Flows.then(
                Flows.found(merchants.find(merchantId), () -> "Merchant " + merchantId),
                merchant -> tx.transactional(store.insert(merchantId, clean).flatMap(id -> accounts
                                .open(AccountKind.OUTLET_REVENUE, OwnerType.OUTLET, id, clean.name())
                                .map(accountId -> Outcome.done(new Details(
                                        new Outlet(id, merchantId, merchant.name(), clean.name(), clean.kind()),
                                        accountId)))))
                        .onErrorResume(DuplicateKeyException.class, e -> Mono.just(nameTaken(clean.name()))))));
    }

    /** Renames or re-kinds an outlet; it stays with its merchant. */
    public Mono<Outcome<Details>> update(long id, OutletDraft draft, CurrentUser user) {
        return Flows.then(draft.check(), clean -> Flows.then(reachable(id, user), outlet -> store.update(id, clean)
                .then(find(id, user))
                .onErrorResume(DuplicateKeyException.class, e -> Mono.just(nameTaken(clean.name())))));
    }

    /** Deletes an outlet through which no money has moved; its empty revenue account stays in the ledger. */
    public Mono<Outcome<Outlet>> delete(long id, CurrentUser user) {
        return Flows.then(OutletScopes.unscoped(user), allowed -> Flows.then(reachable(id, user),
                outlet -> store.hasLedgerHistory(id).flatMap(history -> history
                        ? Mono.just(inUse(outlet))
                        : store.delete(id).thenReturn(Outcome.done(outlet))
                                .onErrorResume(DataIntegrityViolationException.class, e -> Mono.just(inUse(outlet))))));
    }

    private Mono<Outcome<Outlet>> reachable(long id, CurrentUser user) {
        return Flows.then(Flows.found(store.find(id), () -> "Outlet " + id), outlet -> Mono.just(user.coversOutlet(id)
                ? Outcome.done(outlet)
                : Outcome.forbidden("Outlet " + id + " is outside your outlet scope")));
    }

    private static <T> Outcome<T> nameTaken(String name) {
        return Outcome.refused(ResultCode.NAME_TAKEN, "This merchant already has an outlet named " + name);
    }

    private static <T> Outcome<T> inUse(Outlet outlet) {
        return Outcome.refused(ResultCode.OUTLET_IN_USE, "Money has moved through outlet " + outlet.name()
                + " (or terminals belong to it), so it must stay for its records");
    }
}
