package org.onecard.reports.details;

import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.onecard.reports.export.ReportSheet;
import org.onecard.reports.export.XlsxExporter;
import org.onecard.reports.summary.ReportHeading.Heading;

/** The details report laid out for the exporter: one line per transfer, the totals row summed as written. */
final class DetailsSheet {

    static final String TITLE = "明细报表";
    static final List<ReportSheet.Column> COLUMNS = List.of(ReportSheet.text("时间", 20), ReportSheet.text("记账日期", 12),
            ReportSheet.text("类别", 14), ReportSheet.text("卡号", 14), ReportSheet.text("工号", 12),
            ReportSheet.text("姓名", 10), ReportSheet.text("部门", 14), ReportSheet.text("营业点", 14),
            ReportSheet.text("终端", 10), ReportSheet.text("操作员", 10), ReportSheet.text("餐别", 8),
            ReportSheet.money("金额"), ReportSheet.money("余额"), ReportSheet.text("凭证号", 12));
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private DetailsSheet() {
    }

    /** Writes every row of {@code rows} as it comes; {@code zone} is the business time zone of the times. */
    static void write(DetailsFilter filter, Heading heading, Iterable<DetailRow> rows, ZoneId zone, OutputStream out) {
        ReportSheet layout = new ReportSheet(heading.organisation(), TITLE + kinds(filter), heading.outletLabel(),
                filter.range().from(), filter.range().to(), COLUMNS, List.of(), List.of(), heading.printedOn());
        long[] sum = new long[2];
        Iterable<List<Object>> lines = () -> new Iterator<>() {
            private final Iterator<DetailRow> source = rows.iterator();

            @Override
            public boolean hasNext() {
                return source.hasNext();
            }

            @Override
            public List<Object> next() {
                DetailRow r = source.next();
                sum[0]++;
                sum[1] = Math.addExact(sum[1], r.amountFen());
                return cells(r, zone);
            }
        };
        XlsxExporter.write(layout, lines, () -> totals(sum[0], sum[1]), out);
    }

    static List<Object> cells(DetailRow r, ZoneId zone) {
        return Arrays.asList(TIME.format(r.occurredAt().atZone(zone)), r.accountingDate().toString(),
                r.kind().titleZh(), r.cardNo(), r.employeeNo(), r.personName(), r.department(), r.outletName(),
                r.terminal(), r.operatorName(), r.mealName(), r.amountFen(), r.balanceAfterFen(),
                String.valueOf(r.postingId()));
    }

    /** "合计 n 笔" under the text columns, the amount under its column. */
    static List<Object> totals(long count, long amountFen) {
        List<Object> cells = new ArrayList<>(Arrays.asList(new Object[COLUMNS.size()]));
        cells.set(0, "合计");
        cells.set(1, count + " 笔");
        cells.set(11, amountFen);
        return cells;
    }

    /** The kinds asked for, after the title, when not every kind. */
    private static String kinds(DetailsFilter filter) {
        if (filter.allKinds()) {
            return "";
        }
        return "（" + String.join("、", filter.kinds().stream().map(DetailKind::titleZh).toList()) + "）";
    }
}
