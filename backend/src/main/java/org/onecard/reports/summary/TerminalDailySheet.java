package org.onecard.reports.summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.onecard.reports.export.ReportSheet;
import org.onecard.reports.summary.ReportHeading.Heading;
import org.onecard.reports.summary.TerminalDaily.Line;
import org.onecard.reports.summary.TerminalDaily.Report;

/** Terminal daily debit/credit laid out for the exporter. */
final class TerminalDailySheet {

    static final String TITLE = "终端日结（借贷）";
    static final List<ReportSheet.Column> COLUMNS = List.of(ReportSheet.text("日期", 12), ReportSheet.count("机号"),
            ReportSheet.text("终端编码", 14), ReportSheet.text("用途", 12), ReportSheet.count("借方笔数"),
            ReportSheet.money("借方金额"), ReportSheet.count("贷方笔数"), ReportSheet.money("贷方金额"),
            ReportSheet.money("净额"));

    private TerminalDailySheet() {
    }

    static ReportSheet of(Report report, Heading h) {
        List<List<Object>> rows = report.lines().stream().map(TerminalDailySheet::cells).toList();
        List<Object> totals = new ArrayList<>(List.of("合计"));
        long debits = report.lines().stream().mapToLong(Line::debits).reduce(0, Math::addExact);
        long credits = report.lines().stream().mapToLong(Line::credits).reduce(0, Math::addExact);
        totals.addAll(Arrays.asList(null, null, null, debits, report.debitFen(), credits, report.creditFen(),
                Math.subtractExact(report.debitFen(), report.creditFen())));
        return new ReportSheet(h.organisation(), TITLE, h.outletLabel(), report.range().from(), report.range().to(),
                COLUMNS, rows, totals, h.printedOn());
    }

    private static List<Object> cells(Line l) {
        return List.of(l.accountingDate().toString(), l.machineNo(), l.terminalCode(), l.purpose(), l.debits(),
                l.debitFen(), l.credits(), l.creditFen(), l.netFen());
    }
}
