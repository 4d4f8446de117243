package org.onecard.reports.summary;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.time.LocalDate;
import java.util.List;
import org.onecard.reports.summary.DailyConsumption.Line;
import org.onecard.reports.summary.DailyConsumption.Report;
import org.onecard.reports.summary.DailyConsumption.Tally;
import org.onecard.reports.summary.ReportHeading.Heading;

/** What the daily consumption summary answers. Amounts are integer fen. */
final class DailyConsumptionViews {

    private DailyConsumptionViews() {
    }

    @Schema(description = "Counts and amounts, net of corrections booked in the range")
    record ConsumptionTally(
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "purchases, less those corrected to 0") long count,
            @Schema(requiredMode = RequiredMode.REQUIRED) long amountFen,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "from cash wallets") long cashFen,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "from subsidy wallets") long subsidyFen,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "paid with WeChat / Alipay payment codes")
            long payCodeFen,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "corrections booked") long corrections,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "what corrections changed (in amountFen)")
            long correctedFen) {

        static ConsumptionTally of(Tally t) {
            return new ConsumptionTally(t.count(), t.amountFen(), t.cashFen(), t.subsidyFen(), t.payCodeFen(),
                    t.corrections(), t.correctedFen());
        }
    }

    @Schema(description = "One accounting date × outlet × meal period")
    record DailyConsumptionLine(
            @Schema(requiredMode = RequiredMode.REQUIRED) LocalDate accountingDate,
            @Schema(requiredMode = RequiredMode.REQUIRED) long outletId,
            @Schema(requiredMode = RequiredMode.REQUIRED) String outletName,
            @Schema(description = "null: outside every meal period") Integer mealPeriodId,
            @Schema(description = "null with mealPeriodId") String mealName,
            @Schema(requiredMode = RequiredMode.REQUIRED) ConsumptionTally tally) {

        static DailyConsumptionLine of(Line l) {
            return new DailyConsumptionLine(l.accountingDate(), l.outletId(), l.outletName(), l.mealPeriodId(), l.mealName(),
                    ConsumptionTally.of(l.tally()));
        }
    }

    @Schema(description = "Daily consumption summary (消费日报) with its totals row")
    record DailyConsumptionView(
            @Schema(requiredMode = RequiredMode.REQUIRED) LocalDate from,
            @Schema(requiredMode = RequiredMode.REQUIRED) LocalDate to,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "the outlets read; empty: all")
            List<Long> outletIds,
            @Schema(requiredMode = RequiredMode.REQUIRED) List<DailyConsumptionLine> lines,
            @Schema(requiredMode = RequiredMode.REQUIRED) ConsumptionTally totals,
            @Schema(requiredMode = RequiredMode.REQUIRED) ReportHeadingView heading) {

        static DailyConsumptionView of(Report r, Heading h) {
            return new DailyConsumptionView(r.range().from(), r.range().to(), List.copyOf(r.outlets().outletIds()),
                    r.lines().stream().map(DailyConsumptionLine::of).toList(), ConsumptionTally.of(r.totals()), ReportHeadingView.of(h));
        }
    }
}
