package org.onecard.fuel.domain;

/** A card's gas-station profile; {@code creditLimit} counts the mode's unit (fen, or volume for CREDIT_VOLUME). */
public record FuelProfile(long cardId, CardMode mode, int priceLevel, long creditLimit) {

    public static final int MAX_LEVEL = 2;

    /** What a card without a profile row is. */
    public static FuelProfile standard(long cardId) {
        return new FuelProfile(cardId, CardMode.PREPAID_AMOUNT, 0, 0);
    }

    public static boolean validLevel(Integer level) {
        return level != null && level >= 0 && level <= MAX_LEVEL;
    }
}
