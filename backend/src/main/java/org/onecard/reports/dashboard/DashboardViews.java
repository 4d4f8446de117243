package org.onecard.reports.dashboard;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.onecard.reports.dashboard.Dashboard.Snapshot;
import org.onecard.reports.dashboard.Dashboard.Takings;
import org.onecard.reports.dashboard.Dashboard.Terminals;
import org.onecard.reports.dashboard.MinuteBuckets.Minute;
import org.onecard.reports.summary.DailyRechargeViews.RechargeDayView;

/** What the dashboard answers. Amounts are integer fen. */
final class DashboardViews {

    private DashboardViews() {
    }

    @Schema(description = "Purchases and their amount (net of corrections) of one outlet or meal, or in total")
    record TakingsView(
            @Schema(description = "outlet or meal period id; null for purchases outside every meal period (and for the total)")
            Long id,
            @Schema(description = "null for purchases outside every meal period (and for the total)") String name,
            @Schema(requiredMode = RequiredMode.REQUIRED) long count,
            @Schema(requiredMode = RequiredMode.REQUIRED) long amountFen) {

        static TakingsView of(Takings t) {
            return new TakingsView(t.id(), t.name(), t.count(), t.amountFen());
        }
    }

    @Schema(description = "Purchases that happened in one minute")
    record MinuteView(
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "the minute's first instant") Instant start,
            @Schema(requiredMode = RequiredMode.REQUIRED) long count) {
    }

    @Schema(description = "Enabled terminals of your outlets")
    record TerminalsView(
            @Schema(requiredMode = RequiredMode.REQUIRED) long registered,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "connected to this server now") long online,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "sent any message today") long seenToday) {

        static TerminalsView of(Terminals t) {
            return new TerminalsView(t.registered(), t.online(), t.seenToday());
        }
    }

    @Schema(description = "Today at a glance, for the outlets in your scope")
    record DashboardView(
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "today, in the business time zone")
            LocalDate accountingDate,
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "Asia/Shanghai",
                    description = "the business time zone (IANA id): show the minutes' clock times in it")
            String timeZone,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "when the figures were read") Instant at,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "outlets with purchases today, by id")
            List<TakingsView> byOutlet,
            @Schema(requiredMode = RequiredMode.REQUIRED,
                    description = "meal periods with purchases today, by id; purchases outside every meal period last")
            List<TakingsView> byMeal,
            @Schema(requiredMode = RequiredMode.REQUIRED) TakingsView total,
            @Schema(requiredMode = RequiredMode.REQUIRED,
                    description = "the last 60 minutes, oldest first, the current minute last; every minute present")
            List<MinuteView> perMinute,
            @Schema(requiredMode = RequiredMode.REQUIRED) TerminalsView terminals,
            @Schema(description = "today's recharges by channel (the whole card centre's); absent without ledger:read")
            RechargeDayView recharge) {

        static DashboardView of(Snapshot s, ZoneId zone) {
            return new DashboardView(s.accountingDate(), zone.getId(), s.at(), s.byOutlet().stream().map(TakingsView::of).toList(),
                    s.byMeal().stream().map(TakingsView::of).toList(), TakingsView.of(s.total()),
                    s.perMinute().stream().map(m -> new MinuteView(m.start(), m.count())).toList(),
                    TerminalsView.of(s.terminals()), s.recharge() == null ? null : RechargeDayView.of(s.recharge()));
        }
    }
}
