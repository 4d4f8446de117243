package org.onecard.common.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount in integer fen (1/100 yuan). Arithmetic fails loudly on overflow; BigDecimal is
 * used only to parse and print yuan.
 */
public record Money(long fen) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    public static Money ofFen(long fen) {
        return new Money(fen);
    }

    /** Parses a yuan amount such as "12.345", rounding half-up to the fen (DOMAIN §7). */
    public static Money parseYuan(String yuan) {
        BigDecimal fen = new BigDecimal(yuan.trim()).movePointRight(2).setScale(0, RoundingMode.HALF_UP);
        return new Money(fen.longValueExact());
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(fen, other.fen));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(fen, other.fen));
    }

    public Money negate() {
        return new Money(Math.negateExact(fen));
    }

    public boolean isPositive() {
        return fen > 0;
    }

    public boolean isNegative() {
        return fen < 0;
    }

    /** Yuan with two decimals, e.g. -123.45. */
    public String toYuanString() {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(fen, other.fen);
    }

    @Override
    public String toString() {
        return toYuanString();
    }
}
