package org.onecard.points.web;

import java.util.ArrayList;
import java.util.List;
import org.onecard.points.PointsReports.PointsSummary;
import org.onecard.points.PointsReports.PointsTally;
import org.onecard.reports.export.ReportSheet;
import org.onecard.reports.summary.ReportHeading.Heading;

/**
 * The points summary laid out for the exporter: one line per day and outlet (the counter for points
 * spent there), what was earned, voided, spent and given back, and the net issued (earned − voided −
 * spent + given back: how the points outstanding moved). Points are counts, not money.
 */
final class PointsSheet {

    static final String TITLE = "积分汇总（按日期 × 营业点）";
    static final String COUNTER = "柜台";

    private PointsSheet() {
    }

    static ReportSheet of(PointsSummary s, Heading h) {
        List<ReportSheet.Column> columns = List.of(ReportSheet.text("日期", 12), ReportSheet.text("营业点", 20),
                ReportSheet.count("获得积分"), ReportSheet.count("获得撤销"), ReportSheet.count("使用积分"),
                ReportSheet.count("使用撤销"), ReportSheet.count("净发放"));
        List<List<Object>> rows = s.rows().stream()
                .map(t -> cells(t.date().toString(), t.outletId() == null ? COUNTER : t.outletName(), t)).toList();
        return new ReportSheet(h.organisation(), TITLE, h.outletLabel(), s.from(), s.to(), columns, rows,
                cells("合计", "", s.total()), h.printedOn());
    }

    static long net(PointsTally t) {
        return t.earned() - t.earnedVoided() - t.spent() + t.spentVoided();
    }

    private static List<Object> cells(String first, String outlet, PointsTally t) {
        List<Object> cells = new ArrayList<>(List.of(first, outlet == null ? "" : outlet));
        cells.addAll(List.of(t.earned(), t.earnedVoided(), t.spent(), t.spentVoided(), net(t)));
        return cells;
    }
}
