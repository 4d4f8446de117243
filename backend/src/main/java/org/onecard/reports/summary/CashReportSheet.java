package org.onecard.reports.summary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.onecard.reports.export.ReportSheet;
import org.onecard.reports.summary.ReportHeading.Heading;
import org.onecard.terminal.recharge.CashReports.Day;

/**
 * Recharge operators' cash report (操作员收款报表) laid out for the exporter: one day (per operator)
 * or a history (per day and operator), with the cash taken at the recharge POS and cashier machines.
 */
final class CashReportSheet {

    static final String DAY_TITLE = "操作员收款日报";
    static final String HISTORY_TITLE = "操作员收款报表（历史）";

    private CashReportSheet() {
    }

    static List<ReportSheet.Column> columns(boolean history) {
        List<ReportSheet.Column> columns = new ArrayList<>();
        if (history) {
            columns.add(ReportSheet.text("日期", 12));
        }
        columns.addAll(List.of(ReportSheet.text("操作员", 14), ReportSheet.count("POS现金充值笔数"),
                ReportSheet.money("POS现金充值金额"), ReportSheet.count("冲正笔数"), ReportSheet.money("冲正金额"),
                ReportSheet.count("出纳笔数"), ReportSheet.money("出纳金额"), ReportSheet.money("赠送（非现金）"),
                ReportSheet.money("应交现金")));
        return columns;
    }

    static ReportSheet of(List<Day> days, boolean history, LocalDate from, LocalDate to, Heading h) {
        List<List<Object>> rows = days.stream().map(d -> cells(history, d.day().toString(),
                d.operatorName() == null ? "#" + d.operatorId() : d.operatorName(), d)).toList();
        Day sum = days.stream().reduce(new Day(0, null, null, 0, 0, 0, 0, 0, 0, 0, 0), CashReportSheet::plus);
        List<Object> totals = cells(history, "合计", history ? "" : "合计", sum);
        return new ReportSheet(h.organisation(), history ? HISTORY_TITLE : DAY_TITLE, h.outletLabel(), from, to,
                columns(history), rows, totals, h.printedOn());
    }

    private static Day plus(Day a, Day b) {
        return new Day(0, null, null, Math.addExact(a.recharges(), b.recharges()),
                Math.addExact(a.rechargeFen(), b.rechargeFen()), Math.addExact(a.reversals(), b.reversals()),
                Math.addExact(a.reversedFen(), b.reversedFen()), Math.addExact(a.refunds(), b.refunds()),
                Math.addExact(a.refundFen(), b.refundFen()), Math.addExact(a.bonusFen(), b.bonusFen()),
                Math.addExact(a.netCashFen(), b.netCashFen()));
    }

    private static List<Object> cells(boolean history, String day, String operator, Day d) {
        List<Object> cells = new ArrayList<>();
        if (history) {
            cells.add(day);
        }
        cells.addAll(List.of(operator, d.recharges(), d.rechargeFen(), d.reversals(), d.reversedFen(), d.refunds(),
                d.refundFen(), d.bonusFen(), d.netCashFen()));
        return cells;
    }
}
