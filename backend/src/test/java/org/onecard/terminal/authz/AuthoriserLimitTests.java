package org.onecard.terminal.authz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onecard.common.error.ResultCode;

/** Rules 6–8: per-transaction maximum with the overdraft password, card-type limits, group windows. */
class AuthoriserLimitTests {

    static final LocalTime LUNCH_START = LocalTime.of(11, 0);
    static final LocalTime LUNCH_END = LocalTime.of(12, 59, 59);

    @Test
    void theOverdraftPasswordIsAskedOnlyAboveTheMaximum() {
        Requests r = Requests.approvable();
        r.perTransactionMaxFen = 1_000;
        r.approved();   // exactly the maximum
        r.entry = new Entry.Amount(1_001);
        assertThat(r.refusedWith(ResultCode.ABOVE_PER_TRANSACTION_MAX).code().isoResponse()).isEqualTo("61");
        r.password = OverdraftPassword.WRONG;
        assertThat(r.refusedWith(ResultCode.OVERDRAFT_PASSWORD_WRONG).code().isoResponse()).isEqualTo("55");
        r.password = OverdraftPassword.MATCHED;
        assertThat(r.approved().chargedFen()).isEqualTo(1_001);
    }

    @Test
    void aWrongPasswordDoesNotMatterBelowTheMaximumOrWithoutOne() {
        Requests r = Requests.approvable();
        r.password = OverdraftPassword.WRONG;
        r.perTransactionMaxFen = 5_000;
        r.approved();
        r.perTransactionMaxFen = 0;
        r.entry = new Entry.Amount(14_000);
        r.approved();
    }

    @Test
    void theMaximumIsOnTheDiscountedCharge() {
        Requests r = Requests.approvable();
        r.perTransactionMaxFen = 800;
        r.discountPercent = 80;
        r.approved();   // 1000 × 80 % = 800
        r.entry = new Entry.Amount(1_002);   // 801.6 → 802
        r.refusedWith(ResultCode.ABOVE_PER_TRANSACTION_MAX);
    }

    @Test
    void countLimitsAllowUpToTheLimit() {
        Requests r = Requests.approvable();
        r.perMealCount = 2;
        r.usage = new Usage(1, 0, 1, 0, 0, null);
        r.approved();
        r.usage = new Usage(2, 0, 2, 0, 0, null);
        assertThat(r.refusedWith(ResultCode.COUNT_LIMIT_REACHED).code().isoResponse()).isEqualTo("65");
        r.perMealCount = 0;
        r.perDayCount = 3;
        r.usage = new Usage(2, 0, 2, 0, 0, null);
        r.approved();
        r.usage = new Usage(3, 0, 0, 0, 0, null);
        r.refusedWith(ResultCode.COUNT_LIMIT_REACHED);
    }

    @Test
    void amountLimitsAllowExactlyTheLimitAndRefuseOneFenMore() {
        Requests r = Requests.approvable();
        r.perMealAmountFen = 3_000;
        r.usage = new Usage(0, 0, 0, 2_000, 0, null);
        r.approved();
        r.usage = new Usage(0, 0, 0, 2_001, 0, null);
        assertThat(r.refusedWith(ResultCode.AMOUNT_LIMIT_REACHED).code().isoResponse()).isEqualTo("61");
        r.perMealAmountFen = 0;
        r.perDayAmountFen = 5_000;
        r.usage = new Usage(0, 4_000, 0, 0, 0, null);
        r.approved();
        r.usage = new Usage(0, 4_001, 0, 0, 0, null);
        r.refusedWith(ResultCode.AMOUNT_LIMIT_REACHED);
    }

    @Test
    void zeroMeansNoLimit() {
        Requests r = Requests.approvable();
        r.usage = new Usage(1_000, 99_999_999, 1_000, 99_999_999, 1_000, null);
        r.groupRules = List.of(Requests.window(LUNCH_START, LUNCH_END, 0, 0, 0, 100));
        r.approved();
    }

    @Test
    void mealLimitsComeBeforeDayLimitsAndCountsBeforeAmounts() {
        Requests r = Requests.approvable();
        r.perMealCount = 1;
        r.perMealAmountFen = 1;
        r.perDayCount = 1;
        r.perDayAmountFen = 1;
        r.usage = new Usage(1, 1, 1, 1, 0, null);
        assertThat(r.refusedWith(ResultCode.COUNT_LIMIT_REACHED).detail()).contains("per-meal");
        r.perMealCount = 0;
        assertThat(r.refusedWith(ResultCode.AMOUNT_LIMIT_REACHED).detail()).contains("per-meal");
        r.perMealAmountFen = 0;
        assertThat(r.refusedWith(ResultCode.COUNT_LIMIT_REACHED).detail()).contains("per-day");
        r.perDayCount = 0;
        assertThat(r.refusedWith(ResultCode.AMOUNT_LIMIT_REACHED).detail()).contains("per-day");
    }

    @Test
    void theGroupWindowLimitsCountPerTransactionAndDay() {
        Requests r = Requests.approvable();
        r.groupRules = List.of(Requests.window(LUNCH_START, LUNCH_END, 2, 1_000, 3_000, 100));
        r.usage = new Usage(5, 2_000, 0, 0, 1, null);
        r.approved();
        r.usage = new Usage(5, 2_000, 0, 0, 2, null);
        assertThat(r.refusedWith(ResultCode.COUNT_LIMIT_REACHED).detail()).contains("group");
        r.usage = new Usage(5, 2_001, 0, 0, 0, null);
        assertThat(r.refusedWith(ResultCode.AMOUNT_LIMIT_REACHED).detail()).contains("daily");
        r.usage = Usage.none();
        r.entry = new Entry.Amount(1_001);
        assertThat(r.refusedWith(ResultCode.AMOUNT_LIMIT_REACHED).detail()).contains("per-transaction");
        r.password = OverdraftPassword.MATCHED;   // the password lifts only the card type's maximum
        r.refusedWith(ResultCode.AMOUNT_LIMIT_REACHED);
    }

    @Test
    void aGroupWindowIncludesBothEndsToTheSecond() {
        Requests r = Requests.approvable();
        r.groupRules = List.of(Requests.window(LUNCH_START, LUNCH_END, 1, 0, 0, 100));
        r.usage = new Usage(0, 0, 0, 0, 1, null);
        r.time = LocalTime.of(10, 59, 59);
        r.approved();
        r.time = LUNCH_START;
        r.refusedWith(ResultCode.COUNT_LIMIT_REACHED);
        r.time = LocalTime.of(12, 59, 59, 900_000_000);
        r.refusedWith(ResultCode.COUNT_LIMIT_REACHED);
        r.time = LocalTime.of(13, 0);
        r.approved();
    }

    @Test
    void cardTypeLimitsWinOverGroupLimits() {
        Requests r = Requests.approvable();
        r.perDayAmountFen = 500;
        r.groupRules = List.of(Requests.window(LUNCH_START, LUNCH_END, 1, 0, 0, 100));
        r.usage = new Usage(0, 0, 0, 0, 1, null);
        assertThat(r.refusedWith(ResultCode.AMOUNT_LIMIT_REACHED).detail()).contains("per-day");
    }

    @Test
    void thePerTransactionMaximumWinsOverTheLimits() {
        Requests r = Requests.approvable();
        r.perTransactionMaxFen = 500;
        r.perDayCount = 1;
        r.usage = new Usage(1, 0, 0, 0, 0, null);
        r.refusedWith(ResultCode.ABOVE_PER_TRANSACTION_MAX);
    }
}
