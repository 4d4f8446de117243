package org.onecard.fuel.domain;

/**
 * How a gas-station card pays (DOMAIN §2). A card without a fuel profile is PREPAID_AMOUNT: the
 * cash wallet, as at any terminal.
 */
public enum CardMode {
    /** The cash wallet pays the sale's amount. */
    PREPAID_AMOUNT,
    /** Volume bought ahead at the price of the day; a sale takes volume from the volume wallet. */
    PREPAID_VOLUME,
    /** The fleet's credit: sales take fen from the card's credit line up to its limit, cleared when the fleet pays. */
    CREDIT_AMOUNT,
    /** The fleet's credit counted in volume: the limit is volume; the money is owed by the fleet until clearing. */
    CREDIT_VOLUME;

    public boolean credit() {
        return this == CREDIT_AMOUNT || this == CREDIT_VOLUME;
    }

    /** Whether the card's limit and balance count volume rather than fen. */
    public boolean countsVolume() {
        return this == PREPAID_VOLUME || this == CREDIT_VOLUME;
    }

    /** The mode named, or null for an unknown name. */
    public static CardMode parse(String name) {
        for (CardMode mode : values()) {
            if (mode.name().equals(name)) {
                return mode;
            }
        }
        return null;
    }
}
