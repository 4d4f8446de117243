package org.onecard.rules.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CardTypeRulesTests {

    static CardTypeRules rules(int discount) {
        return new CardTypeRules("教工卡", discount, 0, 0, 0, 0, DeductionOrder.SUBSIDY_THEN_CASH, 0, 0, 0, 0,
                Set.of(1, 2, 3), true, Set.of());
    }

    @Test
    void discountRoundsHalfUpToTheFen() {
        assertThat(rules(100).charge(1_234)).isEqualTo(1_234);
        assertThat(rules(85).charge(1_000)).isEqualTo(850);
        assertThat(rules(85).charge(1)).isEqualTo(1);    // 0.85 fen → 1
        assertThat(rules(85).charge(3)).isEqualTo(3);    // 2.55 fen → 3
        assertThat(rules(50).charge(1)).isEqualTo(1);    // 0.5 fen → 1
        assertThat(rules(33).charge(1)).isZero();        // 0.33 fen → 0
    }

    @Test
    void acceptsAGoodCardType() {
        assertThat(rules(90).problems()).isEmpty();
    }

    @Test
    void namesEveryBadField() {
        CardTypeRules bad = new CardTypeRules(" ", 0, -1, -1, 500, 100, null, -1, -1, 1001, -5,
                Set.of(0, 9), false, Set.of(1000));
        assertThat(bad.problems()).extracting(p -> p.field()).contains("name", "discountPercent",
                "perTransactionMaxFen", "validDays", "minBalanceFen", "deductionOrder", "perMealCountLimit",
                "perMealAmountLimitFen", "perDayCountLimit", "perDayAmountLimitFen", "allowedMealPeriods",
                "allowedTerminals");
    }

    @Test
    void someTerminalsMeansAtLeastOne() {
        CardTypeRules none = new CardTypeRules("x", 100, 0, 0, 0, 0, DeductionOrder.CASH_ONLY, 0, 0, 0, 0,
                Set.of(), false, Set.of());
        assertThat(none.problems()).extracting(p -> p.field()).containsExactly("allowedTerminals");
    }
}
