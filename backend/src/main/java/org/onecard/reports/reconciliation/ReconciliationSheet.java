package org.onecard.reports.reconciliation;

import java.util.ArrayList;
import java.util.List;
import org.onecard.reports.export.ReportSheet;
import org.onecard.reports.reconciliation.MerchantReconciliation.Line;
import org.onecard.reports.reconciliation.MerchantReconciliation.MerchantTotal;
import org.onecard.reports.reconciliation.MerchantReconciliation.Report;
import org.onecard.reports.summary.ReportHeading.Heading;

/** The merchant reconciliation laid out for the exporter: each outlet, its merchant's subtotal, the totals. */
final class ReconciliationSheet {

    static final String TITLE = "商户实时对账";
    static final String SUBTOTAL = "小计";
    static final List<ReportSheet.Column> COLUMNS = List.of(ReportSheet.text("商户", 18), ReportSheet.text("营业点", 18),
            ReportSheet.count("消费笔数"), ReportSheet.money("消费金额"), ReportSheet.count("补扣笔数"),
            ReportSheet.money("补扣金额"), ReportSheet.count("退款笔数"), ReportSheet.money("退款金额"),
            ReportSheet.count("撤销笔数"), ReportSheet.money("撤销金额"), ReportSheet.money("其他调整"),
            ReportSheet.count("净笔数"), ReportSheet.money("净收入"));

    private ReconciliationSheet() {
    }

    static ReportSheet of(Report report, Heading h) {
        List<List<Object>> rows = new ArrayList<>();
        for (MerchantTotal m : report.merchants()) {
            for (Line l : report.lines()) {
                if (l.merchantId() == m.merchantId()) {
                    rows.add(cells(l.merchantName(), l.outletName(), l.takings()));
                }
            }
            rows.add(cells(m.merchantName(), SUBTOTAL, m.takings()));
        }
        return new ReportSheet(h.organisation(), TITLE, h.outletLabel(),
                report.range().from(), report.range().to(), COLUMNS, rows, cells("合计", null, report.totals()),
                h.printedOn());
    }

    private static List<Object> cells(String merchant, String outlet, Takings t) {
        List<Object> cells = new ArrayList<>();
        cells.add(merchant);
        cells.add(outlet);
        cells.add(t.purchases());
        cells.add(t.purchaseFen());
        cells.add(t.corrections());
        cells.add(t.correctionFen());
        cells.add(t.refunds());
        cells.add(t.refundFen());
        cells.add(t.voids());
        cells.add(t.voidFen());
        cells.add(t.otherFen());
        cells.add(t.netCount());
        cells.add(t.netFen());
        return cells;
    }
}
