package org.onecard.shift.web;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.onecard.reports.export.ReportSheet;
import org.onecard.reports.summary.ReportHeading.Heading;
import org.onecard.shift.application.ShiftReports.Line;
import org.onecard.shift.application.ShiftReports.Report;
import org.onecard.shift.domain.NozzleShift;

/** The shift report laid out for the exporter; volumes as the totaliser counts them (0.01 unit). */
final class ShiftReportSheet {

    static final String TITLE = "班报（按油枪）";
    static final List<ReportSheet.Column> COLUMNS = List.of(ReportSheet.text("机号", 8), ReportSheet.count("枪号"),
            ReportSheet.text("油品", 10), ReportSheet.text("班组", 10), ReportSheet.text("班组卡", 20),
            ReportSheet.text("接班时间", 20), ReportSheet.text("交班时间", 20), ReportSheet.count("起始气量"),
            ReportSheet.count("结束气量"), ReportSheet.count("加气量"), ReportSheet.money("起始金额"),
            ReportSheet.money("结束金额"), ReportSheet.money("加气金额"), ReportSheet.money("卡消费"),
            ReportSheet.money("差额"), ReportSheet.text("接班读数不符", 12));

    private ShiftReportSheet() {
    }

    static ReportSheet of(Report report, Heading h, ZoneId zone) {
        List<List<Object>> rows = report.lines().stream().map(l -> cells(l, zone)).toList();
        List<Object> totals = new ArrayList<>(List.of("合计"));
        totals.addAll(Arrays.asList(null, null, null, null, null, null, null, null, report.dispensedVolume(), null,
                null, report.dispensedAmountFen(), report.cardSalesFen(), report.differenceFen(), null));
        return new ReportSheet(h.organisation(), TITLE, h.outletLabel(), report.range().from(), report.range().to(),
                COLUMNS, rows, totals, h.printedOn());
    }

    private static List<Object> cells(Line l, ZoneId zone) {
        NozzleShift s = l.shift();
        return Arrays.asList(String.valueOf(s.machineNo()), s.nozzleNo(), s.productName(), s.teamName(), s.cardSerial(),
                local(s.startedAt(), zone), s.endedAt() == null ? "在班" : local(s.endedAt(), zone), s.startVolume(),
                s.endVolume(), s.dispensedVolume(), s.startAmountFen(), s.endAmountFen(), s.dispensedAmountFen(),
                l.cardSalesFen(), l.differenceFen(), s.startMismatch() ? "不符" : "");
    }

    private static String local(Instant at, ZoneId zone) {
        return at.atZone(zone).toLocalDateTime().withNano(0).toString().replace('T', ' ');
    }
}
