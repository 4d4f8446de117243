package org.onecard.terminal.authz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onecard.common.error.ResultCode;
import org.onecard.rules.domain.DeductionOrder;
import org.onecard.rules.domain.SystemParameters;
import org.onecard.rules.domain.WalletSplit;

/** Rules 9–11 and the discount: same-card interval, deduction order, minimum balance. */
class AuthoriserMoneyTests {

    @Test
    void theSameCardMustWaitTheWholeInterval() {
        Requests r = Requests.approvable();
        r.intervalSeconds = 30;
        r.usage = new Usage(0, 0, 0, 0, 0, r.at().minusSeconds(29));
        assertThat(r.refusedWith(ResultCode.SAME_CARD_TOO_SOON).code().isoResponse()).isEqualTo("94");
        r.usage = new Usage(0, 0, 0, 0, 0, r.at().minusSeconds(30));
        r.approved();
        r.usage = new Usage(0, 0, 0, 0, 0, r.at().plusSeconds(5));   // another terminal's clock ahead
        r.refusedWith(ResultCode.SAME_CARD_TOO_SOON);
        r.intervalSeconds = 0;
        r.usage = new Usage(0, 0, 0, 0, 0, r.at());
        r.approved();
    }

    @Test
    void subsidyGoesFirstByDefault() {
        Requests r = Requests.approvable();
        r.subsidyFen = 400;
        Decision.Approved ok = r.approved();
        assertThat(ok.split()).isEqualTo(new WalletSplit(600, 400, true));
        assertThat(ok.order()).isEqualTo(DeductionOrder.SUBSIDY_THEN_CASH);
    }

    @Test
    void theCardTypesOrderIsFollowed() {
        Requests r = Requests.approvable();
        r.order = DeductionOrder.CASH_THEN_SUBSIDY;
        r.cashFen = 300;
        assertThat(r.approved().split()).isEqualTo(new WalletSplit(300, 700, true));
        r.order = DeductionOrder.CASH_ONLY;
        r.refusedWith(ResultCode.INSUFFICIENT_FUNDS);
    }

    @Test
    void withoutACardTypeOrderTheSystemDefaultApplies() {
        Requests r = Requests.approvable();
        r.order = null;
        r.parameters = withDefaultOrder(DeductionOrder.CASH_ONLY);
        Decision.Approved ok = r.approved();
        assertThat(ok.order()).isEqualTo(DeductionOrder.CASH_ONLY);
        assertThat(ok.split()).isEqualTo(new WalletSplit(1_000, 0, true));
        r.parameters = withDefaultOrder(null);
        assertThat(r.approved().order()).isEqualTo(DeductionOrder.SUBSIDY_THEN_CASH);
    }

    static SystemParameters withDefaultOrder(DeductionOrder order) {
        SystemParameters d = SystemParameters.defaults();
        return new SystemParameters(d.maxCardBalanceFen(), d.singleRechargeLimitFen(), d.rechargeAtIssueAllowed(),
                d.negativeRechargeAllowed(), d.depositFen(), d.cardCostFen(), d.cardValidityYears(),
                d.greyWaitingDays(), d.correctionWindowHours(), d.subsidyValidityDays(), d.subsidyMonthOnly(),
                d.walletMode(), order, d.autoCardNo(), d.cardNoLength());
    }

    @Test
    void insufficientFundsAtOneFenShort() {
        Requests r = Requests.approvable();
        r.cashFen = 600;
        r.subsidyFen = 400;
        assertThat(r.approved().split()).isEqualTo(new WalletSplit(600, 400, true));
        r.cashFen = 599;
        assertThat(r.refusedWith(ResultCode.INSUFFICIENT_FUNDS).code().isoResponse()).isEqualTo("51");
    }

    @Test
    void theMinimumBalanceMayBeReachedButNotPassed() {
        Requests r = Requests.approvable();
        r.cashFen = 1_500;
        r.subsidyFen = 0;
        r.minBalanceFen = 500;
        r.approved();
        r.cashFen = 1_499;
        assertThat(r.refusedWith(ResultCode.BELOW_MINIMUM_BALANCE).code().isoResponse()).isEqualTo("51");
    }

    @Test
    void theLaterMoneyRulesGoInOrder() {
        Requests r = Requests.approvable();
        r.intervalSeconds = 60;
        r.usage = new Usage(0, 0, 0, 0, 0, r.at().minusSeconds(1));
        r.cashFen = 0;
        r.subsidyFen = 0;
        r.minBalanceFen = 100;
        r.refusedWith(ResultCode.SAME_CARD_TOO_SOON);
        r.usage = Usage.none();
        r.refusedWith(ResultCode.INSUFFICIENT_FUNDS);
        r.cashFen = 1_050;
        r.refusedWith(ResultCode.BELOW_MINIMUM_BALANCE);
    }

    @Test
    void cardTypeAndGroupDiscountsMultiplyAndRoundOnce() {
        Requests r = Requests.approvable();
        r.discountPercent = 90;
        r.groupRules = List.of(Requests.window(LocalTime.of(11, 0), LocalTime.of(12, 59, 59), 0, 0, 0, 80));
        Decision.Approved ok = r.approved();
        assertThat(ok.amountFen()).isEqualTo(1_000);
        assertThat(ok.chargedFen()).isEqualTo(720);
        assertThat(ok.split().fromCashFen() + ok.split().fromSubsidyFen()).isEqualTo(720);
        r.entry = new Entry.Amount(2);    // 2 × 72 % = 1.44 → 1; rounding after each discount would give 1.8 → 2 → 1.6 → 2
        assertThat(r.approved().chargedFen()).isEqualTo(1);
        r.time = LocalTime.of(13, 0);      // outside the group window: only the card type's 90 %
        r.entry = new Entry.Amount(1_000);
        assertThat(r.approved().chargedFen()).isEqualTo(900);
    }

    @Test
    void limitsAreOnTheDiscountedCharge() {
        Requests r = Requests.approvable();
        r.discountPercent = 50;
        r.perDayAmountFen = 1_000;
        r.usage = new Usage(0, 500, 0, 0, 0, null);
        r.approved();   // 500 + 1000 × 50 % = 1000
        r.usage = new Usage(0, 501, 0, 0, 0, null);
        r.refusedWith(ResultCode.AMOUNT_LIMIT_REACHED);
    }

    @Test
    void aChargeRoundedToZeroMovesNoMoney() {
        Requests r = Requests.approvable();
        r.discountPercent = 33;
        r.entry = new Entry.Amount(1);
        r.cashFen = 0;
        r.subsidyFen = 0;
        r.minBalanceFen = 100;
        Decision.Approved ok = r.approved();
        assertThat(ok.amountFen()).isEqualTo(1);
        assertThat(ok.chargedFen()).isZero();
        assertThat(ok.split()).isEqualTo(new WalletSplit(0, 0, true));
    }
}
