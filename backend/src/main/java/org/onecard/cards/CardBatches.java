package org.onecard.cards;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.util.List;
import java.util.function.LongFunction;
import org.onecard.common.error.ApiException;
import org.onecard.common.error.ResultCode;
import org.onecard.identity.CurrentUser;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Batch freeze, cancel and recharge without the cards (e.g. a class that graduated): each card is done on
 * its own, and the answer says card by card what happened. A batch cancel keys each card's
 * refund as "{batch key}:{card id}", so re-sending the batch never refunds twice.
 */
@Service
public class CardBatches {

    public static final int MAX_CARDS = 500;

    public record BatchItem(
            @Schema(requiredMode = RequiredMode.REQUIRED) long cardId,
            @Schema(requiredMode = RequiredMode.REQUIRED) boolean done,
            @Schema(description = "the result code when refused") Integer code,
            String detail) {
    }

    private final CardStatusChanges changes;
    private final CardCancel cancel;
    private final CounterRecharge recharge;
    private final CardAccess access;

    CardBatches(CardStatusChanges changes, CardCancel cancel, CounterRecharge recharge, CardAccess access) {
        this.access = access;
        this.changes = changes;
        this.cancel = cancel;
        this.recharge = recharge;
    }

    /** The same amount to every card (批量充值), each keyed by the batch key and the card, booked as a batch recharge. */
    public Flux<BatchItem> recharge(List<Long> cardIds, long amountFen, String batchKey, CurrentUser user) {
        return each(cardIds, id -> access.card(id, user).then(Mono.defer(() -> recharge.batchRecharge(id, amountFen,
                batchKey, user.id()))));
    }

    public Flux<BatchItem> freeze(List<Long> cardIds, CurrentUser user) {
        return each(cardIds, id -> access.card(id, user).then(Mono.defer(() -> changes.freeze(id, user.id()))));
    }

    public Flux<BatchItem> cancel(List<Long> cardIds, String batchKey, CurrentUser user) {
        return each(cardIds, id -> access.card(id, user)
                .then(Mono.defer(() -> cancel.cancel(id, false, batchKey + ":" + id, user.id()))));
    }

    private static Flux<BatchItem> each(List<Long> cardIds, LongFunction<Mono<CardView>> step) {
        if (cardIds.isEmpty() || cardIds.size() > MAX_CARDS) {
            return Flux.error(new ApiException(ResultCode.TOO_MANY_ITEMS, "Send 1 to " + MAX_CARDS + " cards"));
        }
        return Flux.fromIterable(cardIds.stream().distinct().toList())
                .concatMap(id -> step.apply(id)
                        .map(view -> new BatchItem(id, true, null, null))
                        .onErrorResume(ApiException.class,
                                e -> Mono.just(new BatchItem(id, false, e.resultCode().code(), e.getMessage()))));
    }
}
