package org.onecard.terminal.registry.domain;

import java.time.Instant;
import org.onecard.terminal.authz.ProductPrice;

/** A product an outlet sells (PRODUCT work mode): every terminal of the outlet sells it by its barcode. */
public record Product(long id, long outletId, String barcode, String name, long priceFen, int discountPercent,
                      Instant createdAt, Instant updatedAt) {

    public ProductPrice price() {
        return new ProductPrice(priceFen, discountPercent);
    }
}
