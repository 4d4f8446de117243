package org.onecard.reports.summary;

import java.util.ArrayList;
import java.util.List;
import org.onecard.reports.export.ReportSheet;
import org.onecard.reports.summary.DailyRecharge.Day;
import org.onecard.reports.summary.DailyRecharge.Report;
import org.onecard.reports.summary.ReportHeading.Heading;

/** The daily recharge summary laid out for the exporter: a count and an amount column per channel. */
final class DailyRechargeSheet {

    static final String TITLE = "充值日报（按日期 × 渠道）";

    private DailyRechargeSheet() {
    }

    static List<ReportSheet.Column> columns() {
        List<ReportSheet.Column> columns = new ArrayList<>();
        columns.add(ReportSheet.text("日期", 12));
        for (RechargeChannel c : RechargeChannel.values()) {
            addTallyColumns(columns, c.zh());
        }
        addTallyColumns(columns, "冲正");
        for (RechargeChannel c : RechargeChannel.values()) {
            if (c.paysOut()) {
                addTallyColumns(columns, c.zh() + "退款");
            }
        }
        columns.add(ReportSheet.money("净充值"));
        columns.add(ReportSheet.money("赠送"));
        return columns;
    }

    static ReportSheet of(Report report, Heading h) {
        List<List<Object>> rows = report.days().stream().map(d -> cells(d.accountingDate().toString(), d)).toList();
        return new ReportSheet(h.organisation(), TITLE, h.outletLabel(), report.range().from(), report.range().to(),
                columns(), rows, cells("合计", report.totals()), h.printedOn());
    }

    private static List<Object> cells(String first, Day d) {
        List<Object> cells = new ArrayList<>();
        cells.add(first);
        d.channels().values().forEach(t -> addTally(cells, t));
        addTally(cells, d.reversed());
        d.refunds().values().forEach(t -> addTally(cells, t));
        cells.add(d.netFen());
        cells.add(d.bonusFen());
        return cells;
    }

    private static void addTallyColumns(List<ReportSheet.Column> columns, String label) {
        columns.add(ReportSheet.count(label + "笔数"));
        columns.add(ReportSheet.money(label + "金额"));
    }

    private static void addTally(List<Object> cells, DailyRecharge.Tally t) {
        cells.add(t.count());
        cells.add(t.amountFen());
    }
}
