package org.onecard.shift.domain;

/**
 * A nozzle's totaliser at a hand-over: volume in hundredths of the product's unit (0.01 L or
 * 0.01 m³, as fuel_sale.volume) and amount in fen, both as the dispenser counts them since it was made.
 */
public record Reading(int nozzleNo, long volume, long amountFen) {

    /** Twelve digits, as field 48 carries them. */
    public static final long MAX_TOTAL = 999_999_999_999L;
}
