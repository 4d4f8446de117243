package org.onecard.points.domain;

/**
 * An outlet's accrual rate: {@code pointsPerYuan} points for every yuan charged, in integer
 * arithmetic rounded down (charged fen × rate ÷ 100): 12.50 yuan at 3 per yuan earns 37 points,
 * 0.99 yuan at 1 per yuan earns none.
 */
public final class PointsRate {

    public static final int MIN = 1;
    public static final int MAX = 1000;
    /** The most points one redemption may spend. */
    public static final long MAX_SPEND = 100_000_000L;

    private PointsRate() {
    }

    public static boolean valid(Integer pointsPerYuan) {
        return pointsPerYuan != null && pointsPerYuan >= MIN && pointsPerYuan <= MAX;
    }

    public static boolean validSpend(Long points) {
        return points != null && points >= 1 && points <= MAX_SPEND;
    }

    /** Points a charge earns at this rate (0 when the rate is 0, i.e. the outlet has no rule). */
    public static long earned(long chargedFen, int pointsPerYuan) {
        if (chargedFen <= 0 || pointsPerYuan <= 0) {
            return 0;
        }
        return Math.multiplyExact(chargedFen, (long) pointsPerYuan) / 100;
    }
}
