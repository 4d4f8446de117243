package org.onecard.consumption.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.onecard.consumption.domain.CorrectionPlan.Consumed;
import org.onecard.rules.domain.DeductionOrder;

class CorrectionPlanTests {

    @Test
    void aSmallerAmountGivesBackToTheWalletThatPaidLastFirst() {
        // subsidy then cash: 300 subsidy + 200 cash were taken for 500
        Consumed took = new Consumed(500, 200, 300, DeductionOrder.SUBSIDY_THEN_CASH);
        assertThat(CorrectionPlan.of(took, 350, 0, 0)).isEqualTo(new CorrectionPlan(-150, 150, 0, true));
        assertThat(CorrectionPlan.of(took, 100, 0, 0)).isEqualTo(new CorrectionPlan(-400, 200, 200, true));
        assertThat(CorrectionPlan.of(took, 0, 0, 0)).isEqualTo(new CorrectionPlan(-500, 200, 300, true));
    }

    @Test
    void cashThenSubsidyGivesSubsidyBackFirst() {
        Consumed took = new Consumed(500, 400, 100, DeductionOrder.CASH_THEN_SUBSIDY);
        assertThat(CorrectionPlan.of(took, 350, 0, 0)).isEqualTo(new CorrectionPlan(-150, 50, 100, true));
    }

    @Test
    void aLargerAmountChargesTheDifferenceInTheDeductionOrder() {
        Consumed took = new Consumed(500, 500, 0, DeductionOrder.SUBSIDY_THEN_CASH);
        assertThat(CorrectionPlan.of(took, 800, 1_000, 100)).isEqualTo(new CorrectionPlan(300, 200, 100, true));
        assertThat(CorrectionPlan.of(took, 800, 100, 100).covered()).isFalse();
    }

    @Test
    void theSameAmountMovesNothing() {
        Consumed took = new Consumed(500, 500, 0, DeductionOrder.CASH_ONLY);
        assertThat(CorrectionPlan.of(took, 500, 0, 0)).isEqualTo(new CorrectionPlan(0, 0, 0, true));
    }
}
