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
            columns.add(ReportSheet.count(c.zh() + "笔数"));
            columns.add(ReportSheet.money(c.zh() + "金额"));
        }
        columns.add(ReportSheet.count("冲正笔数"));
        columns.add(ReportSheet.money("冲正金额"));
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
        d.channels().values().forEach(t -> {
            cells.add(t.count());
            cells.add(t.amountFen());
        });
        cells.add(d.reversed().count());
        cells.add(d.reversed().amountFen());
        cells.add(d.netFen());
        cells.add(d.bonusFen());
        return cells;
    }

}
