package org.onecard.consumption.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.onecard.common.outcome.Page;
import org.onecard.common.outcome.Replies;
import org.onecard.common.web.IdempotencyKeys;
import org.onecard.consumption.ConsumptionCorrection;
import org.onecard.consumption.ConsumptionQueries;
import org.onecard.consumption.SupplementaryConsumption;
import org.onecard.consumption.persistence.ConsumptionStore.Filter;
import org.onecard.consumption.persistence.ConsumptionStore.Listed;
import org.onecard.consumption.web.ConsumptionViews.ConsumptionPage;
import org.onecard.consumption.web.ConsumptionViews.ConsumptionView;
import org.onecard.consumption.web.ConsumptionViews.CorrectionRequest;
import org.onecard.consumption.web.ConsumptionViews.SupplementaryRequest;
import org.onecard.identity.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/consumptions")
@Tag(name = "consumptions")
class ConsumptionController {

    private static final String KEY = IdempotencyKeys.HEADER;

    private final ConsumptionQueries queries;
    private final SupplementaryConsumption supplementary;
    private final ConsumptionCorrection correction;

    ConsumptionController(ConsumptionQueries queries, SupplementaryConsumption supplementary,
                          ConsumptionCorrection correction) {
        this.queries = queries;
        this.supplementary = supplementary;
        this.correction = correction;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('cards:read')")
    @Operation(operationId = "searchConsumptions", summary = "Consumptions of people in your department scope, newest first")
    Mono<ConsumptionPage> search(@RequestParam(required = false) Long personId,
                                 @RequestParam(required = false) Long outletId,
                                 @Parameter(description = "0-based page number") @RequestParam(defaultValue = "0") int page,
                                 @Parameter(description = "rows per page; more than 200 gives 200")
                                 @RequestParam(defaultValue = "50") int size,
                                 @AuthenticationPrincipal CurrentUser user) {
        return Replies.checkPage(page, size).then(queries.page(new Filter(personId, outletId), page, size, user))
                .flatMap(this::page);
    }

    @PostMapping("/supplementary")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('money:counter')")
    @Operation(operationId = "enterSupplementaryConsumption",
            summary = "Supplementary consumption without the card (补单): person, outlet, terminal, time, amount")
    Mono<ConsumptionView> supplementary(@RequestHeader(name = KEY, required = false) String key,
                                        @Valid @RequestBody SupplementaryRequest body,
                                        @AuthenticationPrincipal CurrentUser user) {
        return IdempotencyKeys.required(key, () -> supplementary.enter(body.toEntry(), key, user)).flatMap(this::view);
    }

    @PostMapping("/{postingId}/correction")
    @PreAuthorize("hasAuthority('money:counter')")
    @Operation(operationId = "correctConsumption",
            summary = "Correct (更正) a consumption to the amount that should have been charged, within the window")
    Mono<ConsumptionView> correct(@PathVariable long postingId, @RequestHeader(name = KEY, required = false) String key,
                                  @Valid @RequestBody CorrectionRequest body, @AuthenticationPrincipal CurrentUser user) {
        return IdempotencyKeys.required(key, () -> correction.correct(postingId, body.amountFen(), key, user))
                .flatMap(this::view);
    }

    private Mono<ConsumptionView> view(Listed listed) {
        return correction.correctableUntil(listed.consumption()).map(until -> ConsumptionView.of(listed, until));
    }

    private Mono<ConsumptionPage> page(Page<Listed> p) {
        return Flux.fromIterable(p.items()).concatMap(this::view).collectList()
                .map(items -> new ConsumptionPage(items, p.page(), p.size(), p.total()));
    }
}
