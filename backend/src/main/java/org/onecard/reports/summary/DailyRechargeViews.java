package org.onecard.reports.summary;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.onecard.reports.summary.DailyRecharge.Day;
import org.onecard.reports.summary.DailyRecharge.Report;
import org.onecard.reports.summary.DailyRecharge.Tally;
import org.onecard.reports.summary.ReportHeading.Heading;

/** What the daily recharge summary answers. Amounts are integer fen. */
public final class DailyRechargeViews {

    private DailyRechargeViews() {
    }

    @Schema(description = "One channel's recharges (or refunds)")
    public record RechargeChannelTally(
            @Schema(requiredMode = RequiredMode.REQUIRED) RechargeChannel channel,
            @Schema(requiredMode = RequiredMode.REQUIRED) long count,
            @Schema(requiredMode = RequiredMode.REQUIRED) long amountFen) {
    }

    @Schema(description = "One accounting date's recharges, or the totals (accountingDate null)")
    public record RechargeDayView(
            LocalDate accountingDate,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "every channel, in a fixed order")
            List<RechargeChannelTally> channels,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "recharges reversed at terminals")
            long reversedCount,
            @Schema(requiredMode = RequiredMode.REQUIRED) long reversedFen,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "cash refunds of each channel that pays out"
                    + " (COUNTER_CASH, CASHIER, WECHAT, ALIPAY, in that order); a refund the gateway refused and"
                    + " that was booked back counts minus one on the day it came back")
            List<RechargeChannelTally> refunds,
            @Schema(requiredMode = RequiredMode.REQUIRED) long refundedFen,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "channels less reversals and refunds")
            long netFen,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "promotion bonus: no money came in for it")
            long bonusFen) {

        public static RechargeDayView of(Day d) {
            return new RechargeDayView(d.accountingDate(), tallies(d.channels()), d.reversed().count(),
                    d.reversed().amountFen(), tallies(d.refunds()), d.refundedFen(), d.netFen(), d.bonusFen());
        }

        private static List<RechargeChannelTally> tallies(Map<RechargeChannel, Tally> byChannel) {
            return byChannel.entrySet().stream()
                    .map(e -> new RechargeChannelTally(e.getKey(), e.getValue().count(), e.getValue().amountFen()))
                    .toList();
        }
    }

    @Schema(description = "Daily recharge summary (充值日报) with its totals row")
    record DailyRechargeView(
            @Schema(requiredMode = RequiredMode.REQUIRED) LocalDate from,
            @Schema(requiredMode = RequiredMode.REQUIRED) LocalDate to,
            @Schema(requiredMode = RequiredMode.REQUIRED) List<RechargeDayView> days,
            @Schema(requiredMode = RequiredMode.REQUIRED) RechargeDayView totals,
            @Schema(requiredMode = RequiredMode.REQUIRED) ReportHeadingView heading) {

        static DailyRechargeView of(Report r, Heading h) {
            return new DailyRechargeView(r.range().from(), r.range().to(),
                    r.days().stream().map(RechargeDayView::of).toList(), RechargeDayView.of(r.totals()),
                    ReportHeadingView.of(h));
        }
    }
}
