package org.onecard.subsidy.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.YearMonth;
import java.util.List;
import org.onecard.common.error.ApiException;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Replies;
import org.onecard.common.web.IdempotencyKeys;
import org.onecard.identity.CurrentUser;
import org.onecard.subsidy.SubsidyDistribution;
import org.onecard.subsidy.SubsidyQueries;
import org.onecard.subsidy.SubsidyRegistration;
import org.onecard.subsidy.SubsidyReversal;
import org.onecard.subsidy.domain.SubsidyRecord;
import org.onecard.subsidy.domain.SubsidyStatus;
import org.onecard.subsidy.persistence.SubsidyStore.Filter;
import org.onecard.subsidy.web.SubsidyViews.DistributeRequest;
import org.onecard.subsidy.web.SubsidyViews.RegisterRequest;
import org.onecard.subsidy.web.SubsidyViews.SubsidyPage;
import org.onecard.subsidy.web.SubsidyViews.SubsidyView;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/subsidies")
@Tag(name = "subsidies")
class SubsidyController {

    private static final String KEY = IdempotencyKeys.HEADER;

    private final SubsidyQueries queries;
    private final SubsidyRegistration registration;
    private final SubsidyDistribution distribution;
    private final SubsidyReversal reversal;

    SubsidyController(SubsidyQueries queries, SubsidyRegistration registration, SubsidyDistribution distribution,
                      SubsidyReversal reversal) {
        this.queries = queries;
        this.registration = registration;
        this.distribution = distribution;
        this.reversal = reversal;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('subsidy:read')")
    @Operation(operationId = "searchSubsidies", summary = "Subsidies of people in your department scope, newest first")
    Mono<SubsidyPage> search(@RequestParam(required = false) Long personId,
                             @RequestParam(required = false) SubsidyStatus status,
                             @RequestParam(required = false) String batchRef,
                             @Parameter(description = "yyyy-MM", schema = @io.swagger.v3.oas.annotations.media.Schema(
                                     type = "string", example = "2026-11"))
                             @RequestParam(required = false) YearMonth month,
                             @Parameter(description = "0-based page number") @RequestParam(defaultValue = "0") int page,
                             @Parameter(description = "rows per page; more than 200 gives 200")
                             @RequestParam(defaultValue = "50") int size,
                             @AuthenticationPrincipal CurrentUser user) {
        Filter filter = new Filter(personId, status, blankToNull(batchRef), month);
        return Replies.checkPage(page, size).then(queries.page(filter, page, size, user)).map(SubsidyPage::of);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('subsidy:manage')")
    @Operation(operationId = "registerSubsidies",
            summary = "Register subsidies (补贴登记), all or none; optionally distribute them at once")
    Mono<List<SubsidyView>> register(@RequestHeader(name = KEY, required = false) String key,
                                     @Valid @RequestBody RegisterRequest body,
                                     @AuthenticationPrincipal CurrentUser user) {
        return IdempotencyKeys.required(key, () -> registration.register(body.toRegistration(), key, user))
                .flatMap(this::views);
    }

    @PostMapping("/distribute")
    @PreAuthorize("hasAuthority('subsidy:manage')")
    @Operation(operationId = "distributeSubsidies",
            summary = "Distribute (下发) registered subsidies; people with a usable card receive them at once")
    Mono<List<SubsidyView>> distribute(@RequestHeader(name = KEY, required = false) String key,
                                       @Valid @RequestBody DistributeRequest body,
                                       @AuthenticationPrincipal CurrentUser user) {
        boolean byIds = body.ids() != null && !body.ids().isEmpty();
        if (byIds == (blankToNull(body.batchRef()) != null)) {
            return Mono.error(new ApiException(ResultCode.VALIDATION_FAILED, "Send either ids or batchRef"));
        }
        return IdempotencyKeys.required(key,
                        () -> distribution.distribute(body.ids(), blankToNull(body.batchRef()), key, user))
                .flatMap(this::views);
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasAuthority('subsidy:manage')")
    @Operation(operationId = "deleteSubsidy", summary = "Delete a subsidy that is only registered, not distributed")
    Mono<SubsidyView> delete(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return distribution.delete(id, user).flatMap(this::view);
    }

    @PostMapping("/{id}/reverse")
    @PreAuthorize("hasAuthority('subsidy:manage')")
    @Operation(operationId = "reverseSubsidy",
            summary = "Reverse (冲销) a distributed subsidy; a claimed one takes its amount back from the wallet")
    Mono<SubsidyView> reverse(@PathVariable long id, @RequestHeader(name = KEY, required = false) String key,
                              @AuthenticationPrincipal CurrentUser user) {
        return IdempotencyKeys.required(key, () -> reversal.reverse(id, key, user)).flatMap(this::view);
    }

    private Mono<List<SubsidyView>> views(List<SubsidyRecord> subsidies) {
        return queries.listed(subsidies).map(list -> list.stream().map(SubsidyView::of).toList());
    }

    private Mono<SubsidyView> view(SubsidyRecord subsidy) {
        return views(List.of(subsidy)).map(list -> list.get(0));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
