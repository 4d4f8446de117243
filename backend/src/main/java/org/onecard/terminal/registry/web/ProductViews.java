package org.onecard.terminal.registry.web;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.onecard.common.outcome.Page;
import org.onecard.terminal.registry.domain.Product;
import org.onecard.terminal.registry.domain.ProductDraft;

/** The HTTP shapes of an outlet's products. */
final class ProductViews {

    private ProductViews() {
    }

    @Schema(description = "A product an outlet sells (商品): its PRODUCT terminals price a scanned barcode with it")
    record ProductView(
            @Schema(requiredMode = RequiredMode.REQUIRED) long id,
            @Schema(requiredMode = RequiredMode.REQUIRED) long outletId,
            @Schema(requiredMode = RequiredMode.REQUIRED) String barcode,
            @Schema(requiredMode = RequiredMode.REQUIRED) String name,
            @Schema(requiredMode = RequiredMode.REQUIRED) long priceFen,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "1–100; 100 = full price") int discountPercent,
            @Schema(requiredMode = RequiredMode.REQUIRED) Instant createdAt,
            @Schema(requiredMode = RequiredMode.REQUIRED) Instant updatedAt) {

        static ProductView of(Product p) {
            return new ProductView(p.id(), p.outletId(), p.barcode(), p.name(), p.priceFen(), p.discountPercent(),
                    p.createdAt(), p.updatedAt());
        }
    }

    @Schema(description = "A page of an outlet's products, by barcode")
    record ProductPageView(
            @Schema(requiredMode = RequiredMode.REQUIRED) List<ProductView> items,
            @Schema(requiredMode = RequiredMode.REQUIRED) int page,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "the size used, at most 200") int size,
            @Schema(requiredMode = RequiredMode.REQUIRED) long total) {

        static ProductPageView of(Page<Product> p) {
            return new ProductPageView(p.items().stream().map(ProductView::of).toList(), p.page(), p.size(), p.total());
        }
    }

    @Schema(description = "A product's details; the barcode is unique in the outlet")
    record ProductRequest(
            @Schema(requiredMode = RequiredMode.REQUIRED, maxLength = ProductDraft.MAX_BARCODE,
                    pattern = "^[A-Za-z0-9._-]+$") @NotBlank @Size(max = ProductDraft.MAX_BARCODE) String barcode,
            @Schema(requiredMode = RequiredMode.REQUIRED, maxLength = ProductDraft.MAX_NAME) @NotBlank
            @Size(max = ProductDraft.MAX_NAME) String name,
            @Schema(requiredMode = RequiredMode.REQUIRED, minimum = "1", maximum = "999999") @NotNull Long priceFen,
            @Schema(description = "1–100; 100 (default) = full price", minimum = "1", maximum = "100")
            Integer discountPercent) {

        ProductDraft draft() {
            return new ProductDraft(barcode, name, priceFen, discountPercent);
        }
    }
}
