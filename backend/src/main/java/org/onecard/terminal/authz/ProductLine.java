package org.onecard.terminal.authz;

/**
 * One scanned product: unit price, quantity and the product's discount (100 = full price).
 */
public record ProductLine(String barcode, long priceFen, int quantity, int discountPercent) {

    public static final int MAX_BARCODE = 32;
    public static final int MAX_QUANTITY = 9_999;

    /** price × quantity × discount / 100, rounded half-up to the fen, as the receipt prints the line. */
    public long lineFen() {
        long gross = Math.multiplyExact(priceFen, quantity);
        return Math.addExact(Math.multiplyExact(gross, discountPercent), 50) / 100;
    }
}
