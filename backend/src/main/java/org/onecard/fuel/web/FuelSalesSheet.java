package org.onecard.fuel.web;

import java.util.Arrays;
import java.util.List;
import org.onecard.fuel.FuelSalesReport.GroupBy;
import org.onecard.fuel.FuelSalesReport.Line;
import org.onecard.fuel.FuelSalesReport.Report;
import org.onecard.reports.export.ReportSheet;
import org.onecard.reports.summary.ReportHeading.Heading;

/** The fuel sales summary laid out for the exporter; a volume of hundredths prints with two decimals like fen. */
final class FuelSalesSheet {

    private FuelSalesSheet() {
    }

    static ReportSheet of(Report report, Heading h) {
        List<ReportSheet.Column> columns = List.of(ReportSheet.text(groupTitle(report.groupBy()), 24),
                ReportSheet.count("笔数"), ReportSheet.money("气量"), ReportSheet.money("金额"));
        List<List<Object>> rows = report.lines().stream().map(FuelSalesSheet::cells).toList();
        List<Object> totals = Arrays.asList("合计", report.sales(), report.volume(), report.amountFen());
        return new ReportSheet(h.organisation(), "加气销售汇总（按" + groupTitle(report.groupBy()) + "）", h.outletLabel(),
                report.range().from(), report.range().to(), columns, rows, totals, h.printedOn());
    }

    static String groupTitle(GroupBy by) {
        return switch (by) {
            case PLATE -> "车牌";
            case FLEET -> "车队";
            case CARD_TYPE -> "卡类";
            case CARD_MODE -> "付款方式";
        };
    }

    private static List<Object> cells(Line l) {
        String label = l.label() == null ? "（无）" : l.label();
        return List.of(label, l.sales(), l.volume(), l.amountFen());
    }
}
