package org.onecard.reports.reconciliation;

/**
 * What one outlet (or a merchant, or the whole report) took in a range, from its revenue account.
 * Counts are postings; fen are what each kind moved into (+) or out of (−) the revenue account,
 * refunds and voids shown as the positive amount they gave back.
 *
 * @param purchases   sales booked (terminal, offline, supplementary, payment code)
 * @param corrections corrections that charged more than the sale (更正补扣)
 * @param refunds     corrections that gave money back, to 0 included (更正退款)
 * @param voids       sales voided or reversed at the terminal (撤销/冲正)
 * @param cancelled   sales taken out of the count: voids and corrections to 0
 * @param otherFen    anything else booked on the revenue account (adjustments)
 */
public record Takings(long purchases, long purchaseFen, long corrections, long correctionFen, long refunds,
                      long refundFen, long voids, long voidFen, long cancelled, long otherFen) {

    public static final Takings ZERO = new Takings(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** Sales less those taken out again: agrees with the daily consumption summary's count. */
    public long netCount() {
        return Math.subtractExact(purchases, cancelled);
    }

    /** What the outlet keeps: agrees to the fen with the daily consumption summary's amount. */
    public long netFen() {
        return Math.addExact(Math.subtractExact(Math.subtractExact(Math.addExact(purchaseFen, correctionFen),
                refundFen), voidFen), otherFen);
    }

    public Takings plus(Takings o) {
        return new Takings(Math.addExact(purchases, o.purchases), Math.addExact(purchaseFen, o.purchaseFen),
                Math.addExact(corrections, o.corrections), Math.addExact(correctionFen, o.correctionFen),
                Math.addExact(refunds, o.refunds), Math.addExact(refundFen, o.refundFen),
                Math.addExact(voids, o.voids), Math.addExact(voidFen, o.voidFen),
                Math.addExact(cancelled, o.cancelled), Math.addExact(otherFen, o.otherFen));
    }

    /**
     * One group of revenue postings, classified by transfer code and direction.
     *
     * @param zeroed the postings corrected a sale to 0 (a void, or a correction to 0)
     * @param n      postings in the group
     * @param netFen what they moved into the revenue account (negative: out of it)
     */
    static Takings of(String code, boolean zeroed, long n, long netFen) {
        long cancelled = zeroed ? n : 0;
        return switch (code) {
            case "CONSUMPTION", "CONSUMPTION_OFFLINE", "CONSUMPTION_SUPPLEMENT" ->
                    new Takings(n, netFen, 0, 0, 0, 0, 0, 0, 0, 0);
            case "REVERSAL" -> new Takings(0, 0, 0, 0, 0, 0, n, -netFen, cancelled, 0);
            case "CORRECTION" -> netFen > 0 ? new Takings(0, 0, n, netFen, 0, 0, 0, 0, 0, 0)
                    : new Takings(0, 0, 0, 0, n, -netFen, 0, 0, cancelled, 0);
            default -> new Takings(0, 0, 0, 0, 0, 0, 0, 0, 0, netFen);
        };
    }
}
