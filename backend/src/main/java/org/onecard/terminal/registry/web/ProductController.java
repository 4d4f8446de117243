package org.onecard.terminal.registry.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.onecard.common.outcome.Replies;
import org.onecard.identity.CurrentUser;
import org.onecard.terminal.registry.application.Products;
import org.onecard.terminal.registry.web.ProductViews.ProductPageView;
import org.onecard.terminal.registry.web.ProductViews.ProductRequest;
import org.onecard.terminal.registry.web.ProductViews.ProductView;
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
@RequestMapping("/api/outlets/{outletId}/products")
@Tag(name = "terminals")
class ProductController {

    private final Products products;

    ProductController(Products products) {
        this.products = products;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('terminals:read')")
    @Operation(operationId = "listProducts", summary = "The products an outlet sells at its PRODUCT terminals, by barcode")
    Mono<ProductPageView> list(
            @PathVariable long outletId,
            @Parameter(description = "part of the barcode or name") @RequestParam(required = false) String q,
            @Parameter(description = "0-based page number") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "rows per page; more than 200 gives 200") @RequestParam(defaultValue = "50") int size,
            @AuthenticationPrincipal CurrentUser user) {
        return Replies.checkPage(page, size).then(Replies.of(products.page(outletId, q, page, size, user),
                ProductPageView::of));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('terminals:read')")
    @Operation(operationId = "getProduct", summary = "One product of an outlet")
    Mono<ProductView> one(@PathVariable long outletId, @PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return Replies.of(products.find(outletId, id, user), ProductView::of);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('terminals:manage')")
    @Operation(operationId = "createProduct", summary = "Add a product to an outlet")
    Mono<ProductView> create(@PathVariable long outletId, @Valid @RequestBody ProductRequest request,
                             @AuthenticationPrincipal CurrentUser user) {
        return Replies.of(products.create(outletId, request.draft(), user), ProductView::of);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('terminals:manage')")
    @Operation(operationId = "updateProduct", summary = "Change a product; later sales use the new price")
    Mono<ProductView> update(@PathVariable long outletId, @PathVariable long id,
                             @Valid @RequestBody ProductRequest request, @AuthenticationPrincipal CurrentUser user) {
        return Replies.of(products.update(outletId, id, request.draft(), user), ProductView::of);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAuthority('terminals:manage')")
    @Operation(operationId = "deleteProduct", summary = "Stop selling a product; past sales keep their amounts")
    Mono<Void> delete(@PathVariable long outletId, @PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return Replies.none(products.delete(outletId, id, user));
    }
}
