package org.onecard.cards.promotion.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.onecard.cards.promotion.Promotion;
import org.onecard.cards.promotion.Promotion.Channel;
import org.onecard.cards.promotion.RechargePromotions;
import org.onecard.common.outcome.Replies;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Recharge promotions (充值优惠), managed by the card centre; see {@link RechargePromotions}. */
@RestController
@RequestMapping("/api/recharge-promotions")
@Tag(name = "recharge-promotions")
class PromotionController {

    @Schema(name = "RechargePromotionRequest", description = "A bonus rule: exactly one of percent and fixedFen")
    record PromotionRequest(
            @Schema(requiredMode = RequiredMode.REQUIRED, maxLength = 100, example = "双十一充值送") String name,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "2026-11-01") LocalDate startsOn,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "2026-11-30") LocalDate endsOn,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "10000") Long minAmountFen,
            @Schema(description = "inclusive; absent: no upper bound") Long maxAmountFen,
            @Schema(description = "bonus as a percent of the amount (1-100), rounded down", example = "5") Integer percent,
            @Schema(description = "a fixed bonus in fen") Long fixedFen,
            @Schema(description = "cap in fen, 0 or absent = none", example = "2000") Long maxBonusFen,
            @Schema(requiredMode = RequiredMode.REQUIRED) Set<Channel> channels,
            @Schema(description = "default true") Boolean enabled) {

        Promotion draft() {
            return new Promotion(null, name, startsOn, endsOn, minAmountFen == null ? 0 : minAmountFen, maxAmountFen,
                    percent, fixedFen, maxBonusFen == null ? 0 : maxBonusFen, channels, enabled == null || enabled,
                    null, null);
        }
    }

    @Schema(name = "RechargePromotionView", description = "A recharge promotion rule")
    record PromotionView(
            @Schema(requiredMode = RequiredMode.REQUIRED) long id,
            @Schema(requiredMode = RequiredMode.REQUIRED) String name,
            @Schema(requiredMode = RequiredMode.REQUIRED) LocalDate startsOn,
            @Schema(requiredMode = RequiredMode.REQUIRED) LocalDate endsOn,
            @Schema(requiredMode = RequiredMode.REQUIRED) long minAmountFen,
            Long maxAmountFen,
            Integer percent,
            Long fixedFen,
            @Schema(requiredMode = RequiredMode.REQUIRED) long maxBonusFen,
            @Schema(requiredMode = RequiredMode.REQUIRED) Set<Channel> channels,
            @Schema(requiredMode = RequiredMode.REQUIRED) boolean enabled,
            @Schema(requiredMode = RequiredMode.REQUIRED) Instant createdAt,
            @Schema(requiredMode = RequiredMode.REQUIRED) Instant updatedAt) {

        static PromotionView of(Promotion p) {
            return new PromotionView(p.id(), p.name(), p.startsOn(), p.endsOn(), p.minAmountFen(), p.maxAmountFen(),
                    p.percent(), p.fixedFen(), p.maxBonusFen(), p.channels(), p.enabled(), p.createdAt(),
                    p.updatedAt());
        }
    }

    private final RechargePromotions promotions;

    PromotionController(RechargePromotions promotions) {
        this.promotions = promotions;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('settings:read')")
    @Operation(operationId = "listRechargePromotions", summary = "Recharge promotion rules")
    Mono<List<PromotionView>> list() {
        return promotions.list().map(all -> all.stream().map(PromotionView::of).toList());
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('settings:read')")
    @Operation(operationId = "getRechargePromotion", summary = "One recharge promotion rule")
    Mono<PromotionView> get(@PathVariable long id) {
        return Replies.of(promotions.get(id), PromotionView::of);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('settings:manage')")
    @Operation(operationId = "createRechargePromotion",
            summary = "Add a rule (1001 invalid; 5147 overlaps an enabled rule on a shared channel)")
    Mono<PromotionView> create(@RequestBody PromotionRequest request) {
        return Replies.of(promotions.create(request.draft()), PromotionView::of);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('settings:manage')")
    @Operation(operationId = "updateRechargePromotion", summary = "Change a rule; bonuses given stay as booked")
    Mono<PromotionView> update(@PathVariable long id, @RequestBody PromotionRequest request) {
        return Replies.of(promotions.update(id, request.draft()), PromotionView::of);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAuthority('settings:manage')")
    @Operation(operationId = "deleteRechargePromotion", summary = "Remove a rule; bonuses given stay as booked")
    Mono<Void> delete(@PathVariable long id) {
        return Replies.none(promotions.delete(id));
    }
}
