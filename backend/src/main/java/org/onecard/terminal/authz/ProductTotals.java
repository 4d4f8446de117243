package org.onecard.terminal.authz;

import java.util.List;
import java.util.Map;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Outcome;
import org.onecard.rules.domain.SystemParameters;

/**
 * The PRODUCT mode's amount: each scanned item priced from the outlet's products, the lines each
 * rounded half-up to the fen as printed, then summed.
 */
final class ProductTotals {

    static final int MAX_LINES = 99;

    private ProductTotals() {
    }

    static Outcome<Long> total(List<SaleItem> items, Map<String, ProductPrice> prices) {
        if (items.isEmpty() || items.size() > MAX_LINES) {
            return Outcome.refused(ResultCode.MODE_ENTRY_INVALID, "A sale has 1 to " + MAX_LINES + " product lines");
        }
        long total = 0;
        for (int i = 0; i < items.size(); i++) {
            Outcome<Long> line = line(i, items.get(i), prices);
            if (!(line instanceof Outcome.Done<Long> done)) {
                return line;
            }
            total += done.value();
            if (total > SystemParameters.MAX_AMOUNT_FEN) {
                return Outcome.refused(ResultCode.INVALID_AMOUNT, "The sale is above " + SystemParameters.MAX_AMOUNT_FEN + " fen");
            }
        }
        return total > 0 ? Outcome.done(total) : Outcome.refused(ResultCode.INVALID_AMOUNT, "The sale comes to 0 fen");
    }

    private static Outcome<Long> line(int index, SaleItem item, Map<String, ProductPrice> prices) {
        String at = "Line " + (index + 1) + ": ";
        if (item.barcode() == null || item.barcode().isBlank() || item.barcode().length() > ProductLine.MAX_BARCODE) {
            return Outcome.refused(ResultCode.MODE_ENTRY_INVALID, at + "the barcode must be 1 to " + ProductLine.MAX_BARCODE + " characters");
        }
        if (item.quantity() < 1 || item.quantity() > ProductLine.MAX_QUANTITY) {
            return Outcome.refused(ResultCode.INVALID_AMOUNT, at + "the quantity must be 1 to " + ProductLine.MAX_QUANTITY);
        }
        ProductPrice price = prices.get(item.barcode());
        if (price == null) {
            return Outcome.refused(ResultCode.PRODUCT_NOT_FOUND, at + "the outlet sells no product with barcode " + item.barcode());
        }
        if (price.priceFen() < 0 || price.priceFen() > SystemParameters.MAX_AMOUNT_FEN) {
            return Outcome.refused(ResultCode.INVALID_AMOUNT, at + "the price must be 0 to " + SystemParameters.MAX_AMOUNT_FEN + " fen");
        }
        if (price.discountPercent() < 1 || price.discountPercent() > 100) {
            return Outcome.refused(ResultCode.INVALID_AMOUNT, at + "the discount must be 1 to 100 percent");
        }
        return Outcome.done(new ProductLine(item.barcode(), price.priceFen(), item.quantity(), price.discountPercent()).lineFen());
    }
}
