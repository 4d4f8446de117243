package org.onecard.reports.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
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
}
