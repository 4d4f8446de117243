package org.onecard.terminal.authz;

/** What an outlet sells a product for: unit price and the product's own discount (100 = full price). */
public record ProductPrice(long priceFen, int discountPercent) {
}
