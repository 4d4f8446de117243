package org.onecard.rules;

import org.onecard.common.cache.ShortLived;
import org.onecard.common.error.ApiException;
import org.onecard.common.error.ResultCode;
import org.onecard.common.time.BusinessClock;
import org.onecard.rules.domain.CardType;
import org.onecard.rules.domain.CardTypeRules;
import org.onecard.rules.domain.DeductionOrder;
import org.onecard.rules.domain.SystemParameters;
import org.onecard.rules.persistence.CardTypeStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Card types (卡类) and their rules. */
@Service
public class CardTypes {

    private final CardTypeStore store;
    private final BusinessClock clock;
    private final TransactionalOperator tx;
    private final ShortLived<Long, CardType> cached;
    private final Parameters parameters;

    public CardTypes(CardTypeStore store, BusinessClock clock, ReactiveTransactionManager transactions,
                     Parameters parameters) {
        this.store = store;
        this.parameters = parameters;
        this.clock = clock;
        this.tx = TransactionalOperator.create(transactions);
        this.cached = new ShortLived<>(store::find, RulesCache.TTL);
    }

    public Flux<CardType> all() {
        return store.all();
    }

    /** One card type (read at most every {@link RulesCache#TTL}, and afresh after a change here); 404 when none. */
    public Mono<CardType> find(long id) {
        return cached.get(id).switchIfEmpty(Mono.error(() -> ApiException.notFound("Card type " + id)));
    }

    /** Which wallet a card of this type (null: none) pays from first: the type's order, else the system's default. */
    public Mono<DeductionOrder> deductionOrder(Long cardTypeId) {
        Mono<DeductionOrder> system = parameters.current().map(SystemParameters::defaultDeductionOrder);
        return cardTypeId == null ? system
                : cached.get(cardTypeId).map(type -> type.rules().deductionOrder()).switchIfEmpty(system);
    }

    public Mono<CardType> create(CardTypeRules rules) {
        return valid(rules, null)
                .then(tx.transactional(store.insert(rules, clock.now())))
                .doOnTerminate(cached::invalidate)
                .flatMap(this::find);
    }

    public Mono<CardType> update(long id, CardTypeRules rules) {
        return find(id)
                .then(valid(rules, id))
                .then(tx.transactional(store.update(id, rules)))
                .doOnTerminate(cached::invalidate)
                .then(Mono.defer(() -> store.find(id)))
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("Card type " + id)));
    }

    public Mono<Void> delete(long id) {
        return find(id)
                .then(store.inUse(id))
                .flatMap(used -> used
                        ? Mono.<Void>error(new ApiException(ResultCode.CARD_TYPE_IN_USE,
                                "Card type " + id + " is held by cards or people"))
                        : tx.transactional(store.delete(id)).then())
                .doOnTerminate(cached::invalidate);
    }

    private Mono<Void> valid(CardTypeRules rules, Long id) {
        if (!rules.problems().isEmpty()) {
            return Mono.error(new ApiException(ResultCode.VALIDATION_FAILED, "The card type is not valid",
                    rules.problems()));
        }
        return store.nameTaken(rules.name().trim(), id).flatMap(taken -> taken
                ? Mono.error(new ApiException(ResultCode.NAME_TAKEN, "A card type is already called " + rules.name()))
                : Mono.empty());
    }
}
