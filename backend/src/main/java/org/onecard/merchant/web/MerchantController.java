package org.onecard.merchant.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.onecard.common.outcome.Replies;
import org.onecard.identity.CurrentUser;
import org.onecard.merchant.application.Merchants;
import org.onecard.merchant.web.MerchantViews.MerchantPageView;
import org.onecard.merchant.web.MerchantViews.MerchantRequest;
import org.onecard.merchant.web.MerchantViews.MerchantView;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/merchants")
@Tag(name = "merchants")
class MerchantController {

    private final Merchants merchants;

    MerchantController(Merchants merchants) {
        this.merchants = merchants;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('merchant:read')")
    @Operation(operationId = "listMerchants", summary = "Merchants by name; with an outlet scope, those owning your outlets")
    Mono<MerchantPageView> list(
            @Parameter(description = "part of the name") @RequestParam(required = false) String name,
            @Parameter(description = "0-based page number") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "rows per page; more than 200 gives 200") @RequestParam(defaultValue = "50") int size,
            @AuthenticationPrincipal CurrentUser user) {
        return Replies.checkPage(page, size).then(merchants.page(name, page, size, user).map(MerchantPageView::of));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('merchant:read')")
    @Operation(operationId = "getMerchant", summary = "One merchant")
    Mono<MerchantView> one(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return Replies.of(merchants.find(id, user), MerchantView::of);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('merchant:manage')")
    @Operation(operationId = "createMerchant", summary = "Add a merchant")
    Mono<MerchantView> create(@Valid @RequestBody MerchantRequest request, @AuthenticationPrincipal CurrentUser user) {
        return Replies.of(merchants.create(request.draft(), user), MerchantView::of);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('merchant:manage')")
    @Operation(operationId = "updateMerchant", summary = "Change a merchant's details")
    Mono<MerchantView> update(@PathVariable long id, @Valid @RequestBody MerchantRequest request,
                              @AuthenticationPrincipal CurrentUser user) {
        return Replies.of(merchants.update(id, request.draft(), user), MerchantView::of);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAuthority('merchant:manage')")
    @Operation(operationId = "deleteMerchant", summary = "Delete a merchant that has no outlets")
    Mono<Void> delete(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return Replies.none(merchants.delete(id, user));
    }
}
