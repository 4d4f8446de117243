package org.onecard.terminal.registry.application;

import java.util.Collection;
import java.util.Map;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Flows;
import org.onecard.common.outcome.Outcome;
import org.onecard.common.outcome.Page;
import org.onecard.identity.CurrentUser;
import org.onecard.merchant.application.Outlets;
import org.onecard.terminal.authz.ProductPrice;
import org.onecard.terminal.registry.domain.Product;
import org.onecard.terminal.registry.domain.ProductDraft;
import org.onecard.terminal.registry.persistence.ProductStore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The products an outlet (a shop) sells, by barcode: one list for all the outlet's PRODUCT
 * terminals, as a shop prices its goods once. An operator limited to outlets sees and changes
 * only the products of those outlets.
 */
@Service
public class Products {

    private final ProductStore store;
    private final Outlets outlets;

    public Products(ProductStore store, Outlets outlets) {
        this.store = store;
        this.outlets = outlets;
    }

    public Mono<Outcome<Page<Product>>> page(long outletId, String text, int page, int size, CurrentUser user) {
        int capped = Page.cap(size);
        return Flows.then(outlet(outletId, user), ok -> Mono.zip(
                        store.page(outletId, text, (long) page * capped, capped).collectList(), store.count(outletId, text))
                .map(t -> Outcome.done(new Page<>(t.getT1(), page, capped, t.getT2()))));
    }

    public Mono<Outcome<Product>> find(long outletId, long id, CurrentUser user) {
        return Flows.then(outlet(outletId, user), ok -> Flows.found(store.find(outletId, id),
                () -> "Product " + id + " of outlet " + outletId));
    }

    public Mono<Outcome<Product>> create(long outletId, ProductDraft draft, CurrentUser user) {
        return Flows.then(draft.check(), clean -> Flows.then(outlet(outletId, user), ok -> Flows.then(
                room(outletId), roomOk -> Flows.then(free(outletId, clean.barcode(), 0),
                        freeOk -> store.insert(outletId, clean)
                                .flatMap(id -> find(outletId, id, user))
                                .onErrorResume(DuplicateKeyException.class, e -> Mono.just(Products.<Product>barcodeTaken(clean.barcode())))))));
    }

    public Mono<Outcome<Product>> update(long outletId, long id, ProductDraft draft, CurrentUser user) {
        return Flows.then(draft.check(), clean -> Flows.then(find(outletId, id, user), product -> Flows.then(
                free(outletId, clean.barcode(), id), freeOk -> store.update(outletId, id, clean)
                        .then(find(outletId, id, user))
                        .onErrorResume(DuplicateKeyException.class, e -> Mono.just(Products.<Product>barcodeTaken(clean.barcode()))))));
    }

    /** Past sales keep their amounts: a product can always be deleted. */
    public Mono<Outcome<Product>> delete(long outletId, long id, CurrentUser user) {
        return Flows.then(find(outletId, id, user), product -> store.delete(outletId, id).thenReturn(Outcome.done(product)));
    }

    /** For a PRODUCT sale: the prices of those of the barcodes the outlet sells. */
    public Mono<Map<String, ProductPrice>> prices(long outletId, Collection<String> barcodes) {
        return store.prices(outletId, barcodes);
    }

    private Mono<Outcome<Long>> outlet(long outletId, CurrentUser user) {
        return outlets.find(outletId, user).map(o -> o.map(details -> outletId));
    }

    private Mono<Outcome<Boolean>> room(long outletId) {
        return store.count(outletId, null).map(n -> n < ProductDraft.MAX_PER_OUTLET ? Outcome.done(true)
                : Outcome.refused(ResultCode.TOO_MANY_ITEMS, "An outlet sells at most " + ProductDraft.MAX_PER_OUTLET
                        + " products"));
    }

    private Mono<Outcome<Boolean>> free(long outletId, String barcode, long exceptId) {
        return store.barcodeTaken(outletId, barcode, exceptId).map(taken -> taken
                ? barcodeTaken(barcode) : Outcome.done(true));
    }

    private static <T> Outcome<T> barcodeTaken(String barcode) {
        return Outcome.refused(ResultCode.PRODUCT_BARCODE_TAKEN, "The outlet already sells a product with barcode "
                + barcode);
    }
}
