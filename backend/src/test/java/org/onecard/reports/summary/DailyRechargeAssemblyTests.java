package org.onecard.reports.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onecard.payments.domain.PaymentChannel;
import org.onecard.reports.summary.DailyRecharge.Day;
import org.onecard.reports.summary.DailyRecharge.Tally;
import org.onecard.reports.summary.DailyRechargeStore.Group;

/** How transfer groups become channels: the rules no single database test can reach cheaply. */
class DailyRechargeAssemblyTests {

    private static final LocalDate D1 = LocalDate.of(2026, 11, 20);
    private static final LocalDate D2 = LocalDate.of(2026, 11, 21);
    private static final ReportRange RANGE = new ReportRange(D1, D2);

    @Test
    void splitsOnlineRechargesByGatewayAndTakesReversalsAndBonusApart() {
        DailyRecharge.Report report = DailyRecharge.assemble(RANGE, List.of(
                new Group(D1, "RECHARGE_GATEWAY", "GATEWAY_CLEARING", "CASH_WALLET", "WECHAT", 2, 3_000),
                new Group(D1, "RECHARGE_GATEWAY", "GATEWAY_CLEARING", "CASH_WALLET", "ALIPAY", 1, 500),
                new Group(D1, "RECHARGE_POS", "CASH_DRAWER", "CASH_WALLET", null, 3, 30_000),
                new Group(D1, "RECHARGE_BONUS", "PROMOTION_EXPENSE", "CASH_WALLET", null, 1, 1_000),
                // a POS recharge reversed the next day: both its legs go back
                new Group(D2, "REVERSAL", "CASH_WALLET", "CASH_DRAWER", null, 1, 10_000),
                new Group(D2, "REVERSAL", "CASH_WALLET", "PROMOTION_EXPENSE", null, 1, 1_000),
                // a consumption's reversal puts money into a wallet: not a recharge's
                new Group(D2, "REVERSAL", "OUTLET_REVENUE", "CASH_WALLET", null, 4, 800),
                // a negative counter recharge takes money out
                new Group(D2, "RECHARGE_CASH", "CASH_WALLET", "CASH_DRAWER", null, 1, 200),
                new Group(D2, "RECHARGE_CASHIER", "CASH_DRAWER", "CASH_WALLET", null, 1, 700)));

        Day first = report.days().get(0);
        assertThat(first.channels().get(RechargeChannel.WECHAT)).isEqualTo(new Tally(2, 3_000));
        assertThat(first.channels().get(RechargeChannel.ALIPAY)).isEqualTo(new Tally(1, 500));
        assertThat(first.channels().get(RechargeChannel.POS)).isEqualTo(new Tally(3, 30_000));
        assertThat(first.bonusFen()).isEqualTo(1_000);
        assertThat(first.netFen()).isEqualTo(33_500);

        Day second = report.days().get(1);
        assertThat(second.reversed()).isEqualTo(new Tally(1, 10_000));
        assertThat(second.bonusFen()).isEqualTo(-1_000);
        assertThat(second.channels().get(RechargeChannel.COUNTER_CASH)).isEqualTo(new Tally(1, -200));
        assertThat(second.netFen()).isEqualTo(700 - 200 - 10_000);

        assertThat(report.totals().netFen()).isEqualTo(33_500 + 700 - 200 - 10_000);
        assertThat(report.totals().bonusFen()).isZero();
        assertThat(report.totals().channels()).hasSize(RechargeChannel.values().length);
    }

    @Test
    void takesCashRefundsByTheWayTheMoneyWentBackAndNetsThemOut() {
        DailyRecharge.Report report = DailyRecharge.assemble(RANGE, List.of(
                new Group(D1, "RECHARGE_CASH", "CASH_DRAWER", "CASH_WALLET", null, 2, 10_000),
                // the counter (by hand or imported) and a cashier machine's cash-out pay cash from a drawer
                new Group(D1, "REFUND_CASH", "CASH_WALLET", "CASH_DRAWER", null, null, false, 1, 400),
                new Group(D1, "REFUND_CASH", "CASH_WALLET", "CASH_DRAWER", null, null, true, 2, 700),
                // online refunds go back through the gateway's clearing account
                new Group(D1, "REFUND_CASH", "CASH_WALLET", "GATEWAY_CLEARING", null, PaymentChannel.WECHAT, false, 1,
                        2_000),
                new Group(D1, "REFUND_CASH", "CASH_WALLET", "GATEWAY_CLEARING", null, PaymentChannel.ALIPAY, false, 1,
                        300),
                // a subsidy refund is not cash: not here
                new Group(D1, "REFUND_SUBSIDY", "SUBSIDY_WALLET", "SUBSIDY_FUND", null, 1, 900),
                // the next day the gateway refuses the WeChat refund and it is booked back; a cash-out is reversed
                new Group(D2, "REVERSAL", "GATEWAY_CLEARING", "CASH_WALLET", null, PaymentChannel.WECHAT, false, 1,
                        2_000),
                new Group(D2, "REVERSAL", "CASH_DRAWER", "CASH_WALLET", null, null, true, 1, 200),
                // a sale's reversal still counts nowhere
                new Group(D2, "REVERSAL", "OUTLET_REVENUE", "CASH_WALLET", null, null, true, 3, 600)));

        Day first = report.days().get(0);
        assertThat(first.refunds()).containsOnlyKeys(RechargeChannel.COUNTER_CASH, RechargeChannel.CASHIER,
                RechargeChannel.WECHAT, RechargeChannel.ALIPAY);
        assertThat(first.refunds().get(RechargeChannel.COUNTER_CASH)).isEqualTo(new Tally(1, 400));
        assertThat(first.refunds().get(RechargeChannel.CASHIER)).isEqualTo(new Tally(2, 700));
        assertThat(first.refunds().get(RechargeChannel.WECHAT)).isEqualTo(new Tally(1, 2_000));
        assertThat(first.refunds().get(RechargeChannel.ALIPAY)).isEqualTo(new Tally(1, 300));
        assertThat(first.refundedFen()).isEqualTo(3_400);
        assertThat(first.netFen()).isEqualTo(10_000 - 3_400);

        Day second = report.days().get(1);
        assertThat(second.refunds().get(RechargeChannel.WECHAT)).isEqualTo(new Tally(-1, -2_000));
        assertThat(second.refunds().get(RechargeChannel.CASHIER)).isEqualTo(new Tally(-1, -200));
        assertThat(second.reversed()).isEqualTo(Tally.ZERO);
        assertThat(second.netFen()).isEqualTo(2_200);

        assertThat(report.totals().refunds().get(RechargeChannel.WECHAT)).isEqualTo(Tally.ZERO);
        assertThat(report.totals().refunds().get(RechargeChannel.CASHIER)).isEqualTo(new Tally(1, 500));
        assertThat(report.totals().netFen()).isEqualTo(10_000 - 400 - 500 - 300);
    }
}
