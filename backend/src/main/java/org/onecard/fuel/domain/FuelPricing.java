package org.onecard.fuel.domain;

/**
 * Volume and money at a unit price. A volume is a whole number of hundredths of the station's unit
 * (0.01 m³ of CNG, 0.01 L of liquid fuel); a price is fen per whole unit. The amount of a volume is
 * rounded half-up to the fen; the volume an amount buys is rounded down to the hundredth, so the
 * cardholder never gets more than paid for.
 */
public final class FuelPricing {

    public static final long MAX_UNIT_PRICE_FEN = 10_000_000;
    public static final long MAX_VOLUME = 100_000_000;
    public static final long MAX_AMOUNT_FEN = 10_000_000_000L;

    private FuelPricing() {
    }

    public static boolean validPrice(Long unitPriceFen) {
        return unitPriceFen != null && unitPriceFen > 0 && unitPriceFen <= MAX_UNIT_PRICE_FEN;
    }

    public static boolean validVolume(Long volume) {
        return volume != null && volume > 0 && volume <= MAX_VOLUME;
    }

    public static boolean validAmount(Long amountFen) {
        return amountFen != null && amountFen > 0 && amountFen <= MAX_AMOUNT_FEN;
    }

    /** volume × price ÷ 100, half-up: 12.34 m³ at 4.56 yuan/m³ is 56.27 yuan. */
    public static long amountFen(long volume, long unitPriceFen) {
        return (Math.multiplyExact(volume, unitPriceFen) + 50) / 100;
    }

    /** The volume a whole amount buys, rounded down (0 when it buys less than a hundredth). */
    public static long volumeFor(long amountFen, long unitPriceFen) {
        return Math.multiplyExact(amountFen, 100L) / unitPriceFen;
    }
}
