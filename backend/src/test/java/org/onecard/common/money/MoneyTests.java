package org.onecard.common.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MoneyTests {

    @Test
    void parsesYuanRoundingHalfUpToTheFen() {
        assertThat(Money.parseYuan("12.345").fen()).isEqualTo(1235);
        assertThat(Money.parseYuan("12.344").fen()).isEqualTo(1234);
        assertThat(Money.parseYuan(" 0.005 ").fen()).isEqualTo(1);
        assertThat(Money.parseYuan("-1.50").fen()).isEqualTo(-150);
        assertThat(Money.parseYuan("9999").fen()).isEqualTo(999_900);
    }

    @Test
    void refusesTextThatIsNotAnAmount() {
        assertThatThrownBy(() -> Money.parseYuan("12,50")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> Money.parseYuan("")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> Money.parseYuan("1e30")).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void printsYuanWithTwoDecimals() {
        assertThat(Money.ofFen(-12345).toYuanString()).isEqualTo("-123.45");
        assertThat(Money.ofFen(5).toYuanString()).isEqualTo("0.05");
        assertThat(Money.ZERO.toYuanString()).isEqualTo("0.00");
    }

    @Test
    void arithmeticFailsLoudlyOnOverflow() {
        assertThat(Money.ofFen(100).plus(Money.ofFen(-30)).fen()).isEqualTo(70);
        assertThatThrownBy(() -> Money.ofFen(Long.MAX_VALUE).plus(Money.ofFen(1))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.ofFen(Long.MIN_VALUE).negate()).isInstanceOf(ArithmeticException.class);
    }
}
