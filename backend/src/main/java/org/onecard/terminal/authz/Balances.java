package org.onecard.terminal.authz;

/** The card's wallet balances in fen before this purchase; a wallet overdrawn offline may be below 0. */
public record Balances(long cashFen, long subsidyFen) {

    /** Cash plus subsidy, an overdrawn wallet counting as what it is. */
    public long totalFen() {
        return Math.addExact(cashFen, subsidyFen);
    }
}
