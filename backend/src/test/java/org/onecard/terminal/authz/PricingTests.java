package org.onecard.terminal.authz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onecard.people.domain.GroupRule;
import org.onecard.rules.domain.CardTypeRules;
import org.onecard.rules.domain.DeductionOrder;

class PricingTests {

    static CardTypeRules type(int discount) {
        return new CardTypeRules("学生卡", discount, 0, 0, 0, 0, DeductionOrder.SUBSIDY_THEN_CASH, 0, 0, 0, 0,
                Set.of(1), true, Set.of());
    }

    static Optional<GroupRule> group(int discount) {
        return Optional.of(Requests.window(LocalTime.MIN, LocalTime.of(23, 59, 59), 0, 0, 0, discount));
    }

    @Test
    void withoutAGroupWindowItIsTheCardTypesCharge() {
        for (long fen : new long[] {1, 3, 15, 999, 1_234_567}) {
            for (int discount : new int[] {1, 33, 50, 85, 100}) {
                assertThat(Pricing.charge(fen, type(discount), Optional.empty())).isEqualTo(type(discount).charge(fen));
                assertThat(Pricing.charge(fen, type(discount), group(100))).isEqualTo(type(discount).charge(fen));
            }
        }
    }

    @Test
    void bothDiscountsApplyOnTopOfEachOther() {
        assertThat(Pricing.charge(1_000, type(90), group(80))).isEqualTo(720);
        assertThat(Pricing.charge(1_000, type(100), group(80))).isEqualTo(800);
        assertThat(Pricing.charge(1_000, type(50), group(50))).isEqualTo(250);
        assertThat(Pricing.charge(3, type(50), group(50))).isEqualTo(1);     // 0.75 → 1
        assertThat(Pricing.charge(2, type(50), group(50))).isEqualTo(1);     // 0.5 → 1
        assertThat(Pricing.charge(1, type(50), group(50))).isZero();         // 0.25 → 0
        assertThat(Pricing.charge(0, type(90), group(80))).isZero();
    }
}
