package org.onecard.shift.domain;

import org.onecard.common.outcome.Outcome;
import org.onecard.common.text.Texts;

/** A nozzle as an operator adds it: number 1-99 on its dispenser, the product (grade) it dispenses. */
public record NozzleDraft(Integer nozzleNo, String productName) {

    public static final int MAX_NOZZLE_NO = 99;
    public static final int MAX_PRODUCT = 50;

    public Outcome<NozzleDraft> check() {
        if (nozzleNo == null || nozzleNo < 1 || nozzleNo > MAX_NOZZLE_NO) {
            return Outcome.invalid("nozzleNo", "must be 1 to " + MAX_NOZZLE_NO);
        }
        String product = Texts.trimmed(productName);
        if (!Texts.isName(product, MAX_PRODUCT)) {
            return Outcome.invalid("productName", "must be 1 to " + MAX_PRODUCT + " characters");
        }
        return Outcome.done(new NozzleDraft(nozzleNo, product));
    }
}
