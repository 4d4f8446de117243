package org.onecard.terminal.registry.domain;

import java.util.regex.Pattern;
import org.onecard.common.outcome.Outcome;

/**
 * A product as an operator enters it. The barcode is what the terminal sends back (letters,
 * digits, '.', '_', '-'; unique in the outlet); a null discount means 100 (full price).
 */
public record ProductDraft(String barcode, String name, Long priceFen, Integer discountPercent) {

    public static final int MAX_BARCODE = 32;
    public static final int MAX_NAME = 50;
    /** No outlet's list grows past this; a shop with more keeps them on its own POS. */
    public static final int MAX_PER_OUTLET = 10_000;

    private static final Pattern BARCODE = Pattern.compile("[A-Za-z0-9._-]{1," + MAX_BARCODE + "}");

    /** The draft trimmed, or the first field that is wrong. */
    public Outcome<ProductDraft> check() {
        String cleanBarcode = barcode == null ? "" : barcode.trim();
        if (!BARCODE.matcher(cleanBarcode).matches()) {
            return Outcome.invalid("barcode", "must be 1 to " + MAX_BARCODE + " letters, digits, '.', '_' or '-'");
        }
        String cleanName = name == null ? "" : name.trim();
        if (cleanName.isEmpty() || cleanName.length() > MAX_NAME || cleanName.chars().anyMatch(Character::isISOControl)) {
            return Outcome.invalid("name", "must be 1 to " + MAX_NAME + " characters, without control characters");
        }
        if (!TerminalDraft.fixedAmountOk(priceFen)) {
            return Outcome.invalid("priceFen", "must be 1 to " + TerminalDraft.MAX_FIXED_AMOUNT_FEN);
        }
        int discount = discountPercent == null ? 100 : discountPercent;
        if (discount < 1 || discount > 100) {
            return Outcome.invalid("discountPercent", "must be 1 to 100 (100 = full price)");
        }
        return Outcome.done(new ProductDraft(cleanBarcode, cleanName, priceFen, discount));
    }
}
