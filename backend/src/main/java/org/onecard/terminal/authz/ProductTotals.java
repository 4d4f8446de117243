package org.onecard.terminal.authz;

import java.util.List;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Outcome;
import org.onecard.rules.domain.SystemParameters;

/** The PRODUCT mode's amount: the sum of the lines, each rounded half-up to the fen as printed. */
final class ProductTotals {

    static final int MAX_LINES = 99;

    private ProductTotals() {
    }

    static Outcome<Long> total(List<ProductLine> lines) {
        if (lines.isEmpty() || lines.size() > MAX_LINES) {
            return Outcome.refused(ResultCode.MODE_ENTRY_INVALID, "A sale has 1 to " + MAX_LINES + " product lines");
        }
        long total = 0;
        for (int i = 0; i < lines.size(); i++) {
            Outcome<Long> line = line(i, lines.get(i));
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

    private static Outcome<Long> line(int index, ProductLine line) {
        String at = "Line " + (index + 1) + ": ";
        if (line.barcode() == null || line.barcode().isBlank() || line.barcode().length() > ProductLine.MAX_BARCODE) {
            return Outcome.refused(ResultCode.MODE_ENTRY_INVALID, at + "the barcode must be 1 to " + ProductLine.MAX_BARCODE + " characters");
        }
        if (line.priceFen() < 0 || line.priceFen() > SystemParameters.MAX_AMOUNT_FEN) {
            return Outcome.refused(ResultCode.INVALID_AMOUNT, at + "the price must be 0 to " + SystemParameters.MAX_AMOUNT_FEN + " fen");
        }
        if (line.quantity() < 1 || line.quantity() > ProductLine.MAX_QUANTITY) {
            return Outcome.refused(ResultCode.INVALID_AMOUNT, at + "the quantity must be 1 to " + ProductLine.MAX_QUANTITY);
        }
        if (line.discountPercent() < 1 || line.discountPercent() > 100) {
            return Outcome.refused(ResultCode.INVALID_AMOUNT, at + "the discount must be 1 to 100 percent");
        }
        return Outcome.done(line.lineFen());
    }
}
