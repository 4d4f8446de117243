package org.onecard.reports.summary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.onecard.reports.export.ReportSheet;
import org.onecard.reports.summary.DailyConsumption.Line;
import org.onecard.reports.summary.DailyConsumption.Report;
import org.onecard.reports.summary.DailyConsumption.Tally;

/** The daily consumption summary laid out for the exporter. */
final class DailyConsumptionSheet {

    static final String TITLE = "消费日报（按日期 × 营业点 × 餐别）";
    static final String NO_MEAL = "非餐别时段";
    static final List<ReportSheet.Column> COLUMNS = List.of(ReportSheet.text("日期", 12), ReportSheet.text("营业点", 18),
            ReportSheet.text("餐别", 10), ReportSheet.count("笔数"), ReportSheet.money("金额"), ReportSheet.money("现金"),
            ReportSheet.money("补贴"), ReportSheet.money("付款码"), ReportSheet.money("其中更正"));

    private DailyConsumptionSheet() {
    }

    static ReportSheet of(Report report, String organisation, String outletLabel, LocalDate printedOn) {
        List<List<Object>> rows = new ArrayList<>();
        for (Line l : report.lines()) {
            rows.add(cells(l.accountingDate().toString(), l.outletName(), l.mealName() == null ? NO_MEAL : l.mealName(),
                    l.tally()));
        }
        return new ReportSheet(organisation, TITLE, outletLabel, report.range().from(), report.range().to(), COLUMNS,
                rows, cells("合计", null, null, report.totals()), printedOn);
    }

    private static List<Object> cells(String first, String outlet, String meal, Tally t) {
        List<Object> cells = new ArrayList<>();
        cells.add(first);
        cells.add(outlet);
        cells.add(meal);
        cells.add(t.count());
        cells.add(t.amountFen());
        cells.add(t.cashFen());
        cells.add(t.subsidyFen());
        cells.add(t.payCodeFen());
        cells.add(t.correctedFen());
        return cells;
    }
}
