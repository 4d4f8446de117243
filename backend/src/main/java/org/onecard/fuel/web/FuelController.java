package org.onecard.fuel.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.onecard.common.outcome.Replies;
import org.onecard.common.web.IdempotencyKeys;
import org.onecard.fuel.CreditClearings;
import org.onecard.fuel.FuelCards;
import org.onecard.fuel.FuelPrices;
import org.onecard.fuel.GreyLocks;
import org.onecard.fuel.VolumePurchases;
import org.onecard.fuel.web.FuelViews.BoughtView;
import org.onecard.fuel.web.FuelViews.ClearingView;
import org.onecard.fuel.web.FuelViews.FuelCardView;
import org.onecard.fuel.web.FuelViews.GreyCardView;
import org.onecard.fuel.web.FuelViews.LimitRequest;
import org.onecard.fuel.web.FuelViews.PriceRequest;
import org.onecard.fuel.web.FuelViews.PriceView;
import org.onecard.fuel.web.FuelViews.ProfileRequest;
import org.onecard.fuel.web.FuelViews.UnlockRequest;
import org.onecard.fuel.web.FuelViews.UnlockedView;
import org.onecard.fuel.web.FuelViews.VolumeRequest;
import org.onecard.identity.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Gas stations at the card centre: price lists, card modes and levels, counter acts on volume and credit, grey cards. */
@RestController
@RequestMapping("/api/fuel")
@Tag(name = "fuel")
class FuelController {

    private static final String KEY = IdempotencyKeys.HEADER;

    private final FuelPrices prices;
    private final FuelCards cards;
    private final VolumePurchases volumes;
    private final CreditClearings clearings;
    private final GreyLocks locks;

    FuelController(FuelPrices prices, FuelCards cards, VolumePurchases volumes, CreditClearings clearings,
                   GreyLocks locks) {
        this.prices = prices;
        this.cards = cards;
        this.volumes = volumes;
        this.clearings = clearings;
        this.locks = locks;
    }

    @GetMapping("/prices")
    @PreAuthorize("hasAuthority('settings:read')")
    @Operation(operationId = "listFuelPrices", summary = "Price lists by station and level, newest effective first (≤ 500 rows)")
    Mono<List<PriceView>> prices(@RequestParam(required = false) Long outletId) {
        return prices.list(outletId).map(l -> l.stream().map(PriceView::of).toList());
    }

    @PostMapping("/prices")
    @PreAuthorize("hasAuthority('settings:manage')")
    @Operation(operationId = "addFuelPrice", summary = "Add a price for a station and level from a moment on (8040; audited)")
    Mono<ResponseEntity<PriceView>> addPrice(@RequestBody PriceRequest body, @AuthenticationPrincipal CurrentUser user) {
        return Replies.of(prices.add(body.outletId() == null ? 0 : body.outletId(), body.priceLevel(), body.unitPriceFen(),
                body.effectiveFrom(), user), PriceView::of).map(v -> ResponseEntity.status(HttpStatus.CREATED).body(v));
    }

    @GetMapping("/cards/{cardId}")
    @PreAuthorize("hasAuthority('cards:read')")
    @Operation(operationId = "getFuelCard", summary = "A card's mode, level, limit and what it holds")
    Mono<FuelCardView> card(@PathVariable long cardId) {
        return Replies.of(cards.standing(cardId), FuelCardView::of);
    }

    @PutMapping("/cards/{cardId}")
    @PreAuthorize("hasAuthority('cards:manage')")
    @Operation(operationId = "putFuelCard", summary = "Set a card's mode and price level (8048; 8047 while it holds volume or a limit; audited)")
    Mono<FuelCardView> putCard(@PathVariable long cardId, @RequestBody ProfileRequest body,
                               @AuthenticationPrincipal CurrentUser user) {
        return Replies.of(cards.change(cardId, body.mode(), body.priceLevel(), user), FuelCardView::of);
    }

    @PutMapping("/cards/{cardId}/credit-limit")
    @PreAuthorize("hasAuthority('money:counter')")
    @Operation(operationId = "putFuelCreditLimit", summary = "Set a credit card's limit (8046 not credit; 8052 below the usage)")
    Mono<FuelCardView> limit(@PathVariable long cardId, @Parameter(description = "a key you choose")
                             @RequestHeader(name = KEY, required = false) String key,
                             @RequestBody LimitRequest body, @AuthenticationPrincipal CurrentUser user) {
        return IdempotencyKeys.required(key, () -> Replies.of(cards.setLimit(key.trim(), cardId, body.limit(), user),
                FuelCardView::of));
    }

    @PostMapping("/cards/{cardId}/volume-purchases")
    @PreAuthorize("hasAuthority('money:counter')")
    @Operation(operationId = "buyFuelVolume",
            summary = "Buy prepaid volume at the price of the day for the card's level (201; a repeat of the key 200)")
    Mono<ResponseEntity<BoughtView>> buy(@PathVariable long cardId, @RequestHeader(name = KEY, required = false) String key,
                                         @RequestBody VolumeRequest body, @AuthenticationPrincipal CurrentUser user) {
        return IdempotencyKeys.required(key, () -> Replies.of(volumes.buy(key.trim(), cardId,
                        body.outletId() == null ? 0 : body.outletId(), body.volume(), body.amountFen(), user), BoughtView::of))
                .map(v -> ResponseEntity.status(v.replayed() ? HttpStatus.OK : HttpStatus.CREATED).body(v));
    }

    @PostMapping("/cards/{cardId}/clearings")
    @PreAuthorize("hasAuthority('money:counter')")
    @Operation(operationId = "clearFuelCredit",
            summary = "The fleet pays: clear the card's credit usage (记账额清零; 201, a repeat of the key 200; 8050 nothing used)")
    Mono<ResponseEntity<ClearingView>> clear(@PathVariable long cardId,
                                             @RequestHeader(name = KEY, required = false) String key,
                                             @AuthenticationPrincipal CurrentUser user) {
        return IdempotencyKeys.required(key, () -> Replies.of(clearings.clear(key.trim(), cardId, user), ClearingView::of))
                .map(v -> ResponseEntity.status(v.replayed() ? HttpStatus.OK : HttpStatus.CREATED).body(v));
    }

    @GetMapping("/clearings/{postingId}")
    @PreAuthorize("hasAuthority('cards:read')")
    @Operation(operationId = "getFuelClearing", summary = "A clearing receipt, to print")
    Mono<ClearingView> clearing(@PathVariable long postingId) {
        return Replies.of(clearings.find(postingId), ClearingView::of);
    }

    @GetMapping("/grey-cards")
    @PreAuthorize("hasAuthority('cards:read')")
    @Operation(operationId = "listGreyCards", summary = "Grey cards: pending locks at dispensers, oldest first (≤ 500)")
    Mono<List<GreyCardView>> greyCards() {
        return locks.greyCards().map(GreyCardView::of).collectList();
    }

    @PostMapping("/grey-cards/{lockId}/unlock")
    @PreAuthorize("hasAuthority('money:counter')")
    @Operation(operationId = "unlockGreyCard",
            summary = "Apply a grey card's pending record at the counter, once (8051 when applied already)")
    Mono<UnlockedView> unlock(@PathVariable long lockId, @RequestHeader(name = KEY, required = false) String key,
                              @RequestBody UnlockRequest body, @AuthenticationPrincipal CurrentUser user) {
        return IdempotencyKeys.required(key, () -> Replies.of(locks.unlock(key.trim(), lockId, body.volume(),
                body.amountFen(), user), UnlockedView::of));
    }
}
