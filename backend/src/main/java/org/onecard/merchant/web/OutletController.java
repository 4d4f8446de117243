package org.onecard.merchant.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.onecard.common.outcome.Replies;
import org.onecard.identity.CurrentUser;
import org.onecard.merchant.application.Outlets;
import org.onecard.merchant.domain.OutletKind;
import org.onecard.merchant.domain.OutletSearch;
import org.onecard.merchant.web.MerchantViews.OutletCreateRequest;
import org.onecard.merchant.web.MerchantViews.OutletPageView;
import org.onecard.merchant.web.MerchantViews.OutletUpdateRequest;
import org.onecard.merchant.web.MerchantViews.OutletView;
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
@RequestMapping("/api/outlets")
@Tag(name = "merchants")
class OutletController {

    private final Outlets outlets;

    OutletController(Outlets outlets) {
        this.outlets = outlets;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('merchant:read')")
    @Operation(operationId = "listOutlets", summary = "Outlets in your outlet scope, by merchant and name")
    Mono<OutletPageView> list(
            @RequestParam(required = false) Long merchantId,
            @Parameter(description = "part of the name") @RequestParam(required = false) String name,
            @RequestParam(required = false) OutletKind kind,
            @Parameter(description = "0-based page number") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "rows per page; more than 200 gives 200") @RequestParam(defaultValue = "50") int size,
            @AuthenticationPrincipal CurrentUser user) {
        OutletSearch search = new OutletSearch(merchantId, name, kind, user.outletScope());
        return Replies.checkPage(page, size).then(outlets.page(search, page, size).map(OutletPageView::of));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('merchant:read')")
    @Operation(operationId = "getOutlet", summary = "One outlet with its revenue account")
    Mono<OutletView> one(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return Replies.of(outlets.find(id, user), OutletView::of);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('merchant:manage')")
    @Operation(operationId = "createOutlet", summary = "Add an outlet to a merchant and open its revenue account")
    Mono<OutletView> create(@Valid @RequestBody OutletCreateRequest request, @AuthenticationPrincipal CurrentUser user) {
        return Replies.of(outlets.create(request.merchantId(), request.draft(), user), OutletView::of);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('merchant:manage')")
    @Operation(operationId = "updateOutlet", summary = "Rename an outlet or change its kind")
    Mono<OutletView> update(@PathVariable long id, @Valid @RequestBody OutletUpdateRequest request,
                            @AuthenticationPrincipal CurrentUser user) {
        return Replies.of(outlets.update(id, request.draft(), user), OutletView::of);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAuthority('merchant:manage')")
    @Operation(operationId = "deleteOutlet", summary = "Delete an outlet through which no money has moved")
    Mono<Void> delete(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return Replies.none(outlets.delete(id, user));
    }
}
