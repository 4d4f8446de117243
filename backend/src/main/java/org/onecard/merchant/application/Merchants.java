package org.onecard.merchant.application;

import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Flows;
import org.onecard.common.outcome.Outcome;
import org.onecard.common.outcome.Page;
import org.onecard.identity.CurrentUser;
import org.onecard.merchant.domain.Merchant;
import org.onecard.merchant.domain.MerchantDraft;
import org.onecard.merchant.persistence.MerchantStore;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Merchants (商户). An operator limited to outlets sees the merchants that own them, and changes none. */
@Service
public class Merchants {

    private final MerchantStore store;

    public Merchants(MerchantStore store) {
        this.store = store;
    }

    public Mono<Page<Merchant>> page(String nameContains, int page, int size, CurrentUser user) {
        int capped = Page.cap(size);
        return Mono.zip(store.page(nameContains, user.outletScope(), (long) page * capped, capped).collectList(),
                        store.count(nameContains, user.outletScope()))
                .map(t -> new Page<>(t.getT1(), page, capped, t.getT2()));
    }

    public Mono<Outcome<Merchant>> find(long id, CurrentUser user) {
        return Flows.then(Flows.found(store.find(id), () -> "Merchant " + id), merchant -> user.outletScope().isEmpty()
                ? Mono.just(Outcome.done(merchant))
                : store.ownsAny(id, user.outletScope()).map(owns -> owns
                        ? Outcome.done(merchant)
                        : Outcome.forbidden("Merchant " + id + " has none of your outlets")));
    }

    public Mono<Outcome<Merchant>> create(MerchantDraft draft, CurrentUser user) {
        return Flows.then(OutletScopes.unscoped(user), allowed -> Flows.then(draft.check(), clean -> store.insert(clean)
                .map(id -> Outcome.done(new Merchant(id, clean.name(), clean.contactName(), clean.phone(), 0)))
                .onErrorResume(DuplicateKeyException.class, e -> Mono.just(nameTaken(clean.name())))));
    }

    public Mono<Outcome<Merchant>> update(long id, MerchantDraft draft, CurrentUser user) {
        return Flows.then(OutletScopes.unscoped(user), allowed -> Flows.then(draft.check(), clean -> Flows.then(
                find(id, user), merchant -> store.update(id, clean)
                        .then(Flows.found(store.find(id), () -> "Merchant " + id))
                        .onErrorResume(DuplicateKeyException.class, e -> Mono.just(nameTaken(clean.name()))))));
    }

    /** Deletes a merchant without outlets. */
    public Mono<Outcome<Merchant>> delete(long id, CurrentUser user) {
        return Flows.then(OutletScopes.unscoped(user), allowed -> Flows.then(find(id, user), merchant ->
                merchant.outletCount() > 0
                        ? Mono.just(hasOutlets(merchant))
                        : store.delete(id).thenReturn(Outcome.done(merchant))
                                .onErrorResume(DataIntegrityViolationException.class,
                                        e -> Mono.just(hasOutlets(merchant)))));
    }

    private static <T> Outcome<T> nameTaken(String name) {
        return Outcome.refused(ResultCode.NAME_TAKEN, "A merchant named " + name + " already exists");
    }

    private static <T> Outcome<T> hasOutlets(Merchant merchant) {
        return Outcome.refused(ResultCode.MERCHANT_HAS_OUTLETS, "Merchant " + merchant.name() + " still has outlets;"
                + " delete them first");
    }
}
