package org.onecard.cards.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.onecard.cards.CardAccess;
import org.onecard.cards.CardBatches;
import org.onecard.cards.CardCancel;
import org.onecard.cards.CardHistory;
import org.onecard.cards.CardIssuing;
import org.onecard.cards.CardIssuing.IssueCommand;
import org.onecard.cards.CardReads;
import org.onecard.cards.CardReissue;
import org.onecard.cards.CardStatusChanges;
import org.onecard.cards.CardView;
import org.onecard.cards.CounterRecharge;
import org.onecard.cards.CounterRefund;
import org.onecard.cards.web.CardRequests.BatchRechargeRequest;
import org.onecard.cards.web.CardRequests.BatchRequest;
import org.onecard.cards.web.CardRequests.CancelCardRequest;
import org.onecard.cards.web.CardRequests.IssueCardRequest;
import org.onecard.cards.web.CardRequests.RechargeRequest;
import org.onecard.cards.web.CardRequests.RefundRequest;
import org.onecard.cards.web.CardRequests.ReissueCardRequest;
import org.onecard.common.web.IdempotencyKeys;
import org.onecard.identity.CurrentUser;
import org.onecard.people.application.PeopleRegister;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/cards")
@Tag(name = "cards")
class CardController {

    private static final String KEY = IdempotencyKeys.HEADER;

    private final CardReads reads;
    private final CardIssuing issuing;
    private final CardStatusChanges changes;
    private final CardReissue reissue;
    private final CardCancel cancel;
    private final CounterRecharge recharge;
    private final CardHistory history;
    private final CounterRefund refund;
    private final CardBatches batches;
    private final PeopleRegister register;
    private final CardAccess access;

    CardController(CardReads reads, CardIssuing issuing, CardStatusChanges changes, CardReissue reissue,
                   CardCancel cancel, CounterRecharge recharge, CardHistory history, CounterRefund refund,
                   CardBatches batches, PeopleRegister register, CardAccess access) {
        this.access = access;
        this.reads = reads;
        this.issuing = issuing;
        this.changes = changes;
        this.reissue = reissue;
        this.cancel = cancel;
        this.recharge = recharge;
        this.history = history;
        this.refund = refund;
        this.batches = batches;
        this.register = register;
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('cards:read')")
    @Operation(operationId = "getCard", summary = "A card with its person's balances")
    Mono<CardView> card(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return access.card(id, user).then(Mono.defer(() -> reads.view(id)));
    }

    @GetMapping("/{id}/transactions")
    @PreAuthorize("hasAuthority('cards:read')")
    @Operation(operationId = "cardTransactions", summary = "Every wallet movement of the card's person, newest first")
    Mono<CardHistory.HistoryPage> transactions(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
                                               @RequestParam(defaultValue = "50") int size,
                                               @AuthenticationPrincipal CurrentUser user) {
        return access.card(id, user).then(Mono.defer(() -> history.page(id, page, size)));
    }

    @GetMapping("/lookup")
    @PreAuthorize("hasAuthority('cards:read')")
    @Operation(operationId = "lookupCard", summary = "Find a card by what the desk reader typed (serial), its number,"
            + " a face id, or the holder as P:<person id> or E:<employee number> (their card in use)")
    Mono<CardView> lookup(@RequestParam String input, @AuthenticationPrincipal CurrentUser user) {
        return reads.lookup(input).flatMap(view -> access.visible(view, user));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('cards:manage')")
    @Operation(operationId = "issueCard", summary = "Issue a card: deposit, card cost, optional first recharge")
    Mono<ResponseEntity<CardView>> issue(@RequestHeader(name = KEY, required = false) String key,
                                         @Valid @RequestBody IssueCardRequest body,
                                         @AuthenticationPrincipal CurrentUser user) {
        IssueCommand command = new IssueCommand(body.personId(), body.serial(), body.cardNo(), body.cardTypeId(),
                body.depositFen(), body.cardCostFen(), body.firstRechargeFen() == null ? 0 : body.firstRechargeFen());
        return IdempotencyKeys.required(key, () -> access.person(body.personId(), user)
                        .then(Mono.defer(() -> issuing.issue(command, key, user.id()))))
                .map(CardController::created);
    }

    @PostMapping("/{id}/loss")
    @PreAuthorize("hasAuthority('cards:manage')")
    @Operation(operationId = "reportCardLost", summary = "Register a loss (挂失); terminals get it on the blacklist")
    Mono<CardView> loss(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return access.card(id, user).then(Mono.defer(() -> changes.loss(id, user.id())));
    }

    @PostMapping("/{id}/unloss")
    @PreAuthorize("hasAuthority('cards:manage')")
    @Operation(operationId = "unlossCard", summary = "Withdraw a loss; refused once reissued or refunded")
    Mono<CardView> unloss(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return access.card(id, user).then(Mono.defer(() -> changes.unloss(id, user.id())));
    }

    @PostMapping("/{id}/freeze")
    @PreAuthorize("hasAuthority('cards:manage')")
    @Operation(operationId = "freezeCard", summary = "Freeze a card")
    Mono<CardView> freeze(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return access.card(id, user).then(Mono.defer(() -> changes.freeze(id, user.id())));
    }

    @PostMapping("/{id}/unfreeze")
    @PreAuthorize("hasAuthority('cards:manage')")
    @Operation(operationId = "unfreezeCard", summary = "Unfreeze a card")
    Mono<CardView> unfreeze(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return access.card(id, user).then(Mono.defer(() -> changes.unfreeze(id, user.id())));
    }

    @PostMapping("/{id}/renew")
    @PreAuthorize("hasAuthority('cards:manage')")
    @Operation(operationId = "renewCard", summary = "Extend the card's validity by the system card validity")
    Mono<CardView> renew(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return access.card(id, user).then(Mono.defer(() -> changes.renew(id, user.id())));
    }

    @PostMapping("/{id}/reissue")
    @PreAuthorize("hasAuthority('cards:manage')")
    @Operation(operationId = "reissueCard", summary = "Reissue a lost card (补办), once; balance and history carry over")
    Mono<ResponseEntity<CardView>> reissue(@PathVariable long id, @RequestHeader(name = KEY, required = false) String key,
                                           @Valid @RequestBody ReissueCardRequest body,
                                           @AuthenticationPrincipal CurrentUser user) {
        return IdempotencyKeys.required(key, () -> access.card(id, user)
                        .then(Mono.defer(() -> reissue.reissue(id, body.serial(), key, user.id()))))
                .map(CardController::created);
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize("hasAuthority('cards:manage') and hasAuthority('money:counter')")
    @Operation(operationId = "cancelCard", summary = "Cancel (注销): refund the balance, and the deposit if returned")
    Mono<CardView> cancel(@PathVariable long id, @RequestHeader(name = KEY, required = false) String key,
                          @Valid @RequestBody CancelCardRequest body, @AuthenticationPrincipal CurrentUser user) {
        boolean resign = Boolean.TRUE.equals(body.moveToResigned());
        // the card is cancelled either way; a person who cannot be resigned (already resigned) stays as is
        return IdempotencyKeys.required(key, () -> access.card(id, user)
                        .then(Mono.defer(() -> cancel.cancel(id, body.cardReturned(), key, user.id()))))
                .flatMap(view -> resign && !view.replayed()
                        ? register.resign(view.personId(), user).thenReturn(view) : Mono.just(view));
    }

    @PostMapping("/{id}/recharge")
    @PreAuthorize("hasAuthority('money:counter')")
    @Operation(operationId = "rechargeCard", summary = "Cash recharge at the counter (充值)")
    Mono<ResponseEntity<CardView>> recharge(@PathVariable long id, @RequestHeader(name = KEY, required = false) String key,
                                            @Valid @RequestBody RechargeRequest body,
                                            @AuthenticationPrincipal CurrentUser user) {
        return IdempotencyKeys.required(key, () -> access.card(id, user)
                        .then(Mono.defer(() -> recharge.recharge(id, body.amountFen(), key, user.id()))))
                .map(CardController::created);
    }

    @PostMapping("/{id}/refund")
    @PreAuthorize("hasAuthority('money:counter')")
    @Operation(operationId = "refundCard", summary = "Refund cash over the counter or subsidy to the fund (退款)")
    Mono<ResponseEntity<CardView>> refund(@PathVariable long id, @RequestHeader(name = KEY, required = false) String key,
                                          @Valid @RequestBody RefundRequest body,
                                          @AuthenticationPrincipal CurrentUser user) {
        return IdempotencyKeys.required(key,
                        () -> access.card(id, user).then(Mono.defer(
                                () -> refund.refund(id, body.wallet(), body.amountFen(), key, user.id()))))
                .map(CardController::created);
    }

    @PostMapping("/batch/freeze")
    @PreAuthorize("hasAuthority('cards:manage')")
    @Operation(operationId = "batchFreezeCards", summary = "Freeze many cards without the cards; answers card by card")
    Flux<CardBatches.BatchItem> batchFreeze(@Valid @RequestBody BatchRequest body,
                                            @AuthenticationPrincipal CurrentUser user) {
        return batches.freeze(body.cardIds(), user);
    }

    @PostMapping("/batch/recharge")
    @PreAuthorize("hasAuthority('money:counter')")
    @Operation(operationId = "batchRechargeCards",
            summary = "Recharge many cards with the same amount (批量充值); answers card by card")
    Flux<CardBatches.BatchItem> batchRecharge(@RequestHeader(name = KEY, required = false) String key,
                                              @Valid @RequestBody BatchRechargeRequest body,
                                              @AuthenticationPrincipal CurrentUser user) {
        return IdempotencyKeys.required(key, () -> Mono.just(true))
                .thenMany(Flux.defer(() -> batches.recharge(body.cardIds(), body.amountFen(), key, user)));
    }

    @PostMapping("/batch/cancel")
    @PreAuthorize("hasAuthority('cards:manage') and hasAuthority('money:counter')")
    @Operation(operationId = "batchCancelCards",
            summary = "Cancel many cards without the cards (deposits kept); balances refunded; answers card by card")
    Flux<CardBatches.BatchItem> batchCancel(@RequestHeader(name = KEY, required = false) String key,
                                            @Valid @RequestBody BatchRequest body,
                                            @AuthenticationPrincipal CurrentUser user) {
        return IdempotencyKeys.required(key, () -> Mono.just(true))
                .thenMany(Flux.defer(() -> batches.cancel(body.cardIds(), key, user)));
    }

    /** A first booking is 201; a replay repeats the answer with 200. */
    private static ResponseEntity<CardView> created(CardView view) {
        return ResponseEntity.status(view.replayed() ? HttpStatus.OK : HttpStatus.CREATED).body(view);
    }
}
