package org.onecard.reports.reconciliation;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.onecard.reports.reconciliation.MerchantReconciliation.Line;
import org.onecard.reports.reconciliation.MerchantReconciliation.MerchantTotal;
import org.onecard.reports.reconciliation.MerchantReconciliation.Report;
import org.onecard.reports.summary.ReportHeading.Heading;
import org.onecard.reports.summary.ReportHeadingView;

/** What the merchant reconciliation answers. Amounts are integer fen. */
final class ReconciliationViews {

    private ReconciliationViews() {
    }

    @Schema(description = "What an outlet's revenue account took; refunds and voids as the positive amount given back")
    record OutletTakingsView(
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "sales booked") long purchases,
            @Schema(requiredMode = RequiredMode.REQUIRED) long purchaseFen,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "corrections that charged more")
            long corrections,
            @Schema(requiredMode = RequiredMode.REQUIRED) long correctionFen,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "corrections that gave money back, to 0 included")
            long refunds,
            @Schema(requiredMode = RequiredMode.REQUIRED) long refundFen,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "sales voided or reversed at the terminal")
            long voids,
            @Schema(requiredMode = RequiredMode.REQUIRED) long voidFen,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "other postings on the revenue account (adjustments)")
            long otherFen,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "sales less voids and corrections to 0")
            long netCount,
            @Schema(requiredMode = RequiredMode.REQUIRED,
                    description = "purchase + correction − refund − void + other; equals the daily consumption amount")
            long netFen) {

        static OutletTakingsView of(Takings t) {
            return new OutletTakingsView(t.purchases(), t.purchaseFen(), t.corrections(), t.correctionFen(), t.refunds(),
                    t.refundFen(), t.voids(), t.voidFen(), t.otherFen(), t.netCount(), t.netFen());
        }
    }

    @Schema(description = "One outlet of one merchant")
    record ReconciliationLine(@Schema(requiredMode = RequiredMode.REQUIRED) long merchantId,
                              @Schema(requiredMode = RequiredMode.REQUIRED) String merchantName,
                              @Schema(requiredMode = RequiredMode.REQUIRED) long outletId,
                              @Schema(requiredMode = RequiredMode.REQUIRED) String outletName,
                              @Schema(requiredMode = RequiredMode.REQUIRED) OutletTakingsView takings) {

        static ReconciliationLine of(Line l) {
            return new ReconciliationLine(l.merchantId(), l.merchantName(), l.outletId(), l.outletName(),
                    OutletTakingsView.of(l.takings()));
        }
    }

    @Schema(description = "One merchant's outlets together")
    record MerchantTotalView(@Schema(requiredMode = RequiredMode.REQUIRED) long merchantId,
                             @Schema(requiredMode = RequiredMode.REQUIRED) String merchantName,
                             @Schema(requiredMode = RequiredMode.REQUIRED) OutletTakingsView takings) {

        static MerchantTotalView of(MerchantTotal m) {
            return new MerchantTotalView(m.merchantId(), m.merchantName(), OutletTakingsView.of(m.takings()));
        }
    }

    @Schema(description = "Merchant real-time reconciliation (商户实时对账) with merchant subtotals and totals")
    record ReconciliationView(
            @Schema(requiredMode = RequiredMode.REQUIRED) LocalDate from,
            @Schema(requiredMode = RequiredMode.REQUIRED) LocalDate to,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "the moment the ledger was read") Instant asOf,
            @Schema(requiredMode = RequiredMode.REQUIRED) List<ReconciliationLine> lines,
            @Schema(requiredMode = RequiredMode.REQUIRED) List<MerchantTotalView> merchants,
            @Schema(requiredMode = RequiredMode.REQUIRED) OutletTakingsView totals,
            @Schema(requiredMode = RequiredMode.REQUIRED) ReportHeadingView heading) {

        static ReconciliationView of(Report r, Heading h) {
            return new ReconciliationView(r.range().from(), r.range().to(), r.asOf(),
                    r.lines().stream().map(ReconciliationLine::of).toList(),
                    r.merchants().stream().map(MerchantTotalView::of).toList(), OutletTakingsView.of(r.totals()),
                    ReportHeadingView.of(h));
        }
    }
}
