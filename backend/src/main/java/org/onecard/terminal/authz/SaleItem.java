package org.onecard.terminal.authz;

/** One line of a PRODUCT sale as the terminal scanned it: the barcode and how many. */
public record SaleItem(String barcode, int quantity) {
}
