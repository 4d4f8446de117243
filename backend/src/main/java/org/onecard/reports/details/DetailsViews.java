package org.onecard.reports.details;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.onecard.reports.details.Details.KindTotal;
import org.onecard.reports.details.Details.Page;
import org.onecard.reports.summary.ReportHeading.Heading;

/** What the details report answers. Amounts are integer fen. */
final class DetailsViews {

    private DetailsViews() {
    }

    @Schema(description = "One ledger transfer; amountFen signed as the cardholder sees it (+ in, − out)")
    record DetailLine(
            @Schema(requiredMode = RequiredMode.REQUIRED) long transferId,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "the posting: the reference") long postingId,
            @Schema(requiredMode = RequiredMode.REQUIRED) Instant occurredAt,
            @Schema(requiredMode = RequiredMode.REQUIRED) LocalDate accountingDate,
            @Schema(requiredMode = RequiredMode.REQUIRED) DetailKind kind,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "the ledger's transfer code") String code,
            String cardNo, Long personId, String employeeNo, String personName, String department, Long outletId,
            String outletName, @Schema(description = "the terminal's code") String terminal, Long operatorId,
            String operatorName, Integer mealPeriodId, String mealName,
            @Schema(requiredMode = RequiredMode.REQUIRED) long amountFen,
            @Schema(description = "the wallet's balance after; null when no wallet moved") Long balanceAfterFen,
            String note) {

        static DetailLine of(DetailRow r) {
            return new DetailLine(r.transferId(), r.postingId(), r.occurredAt(), r.accountingDate(), r.kind(),
                    r.code().name(), r.cardNo(), r.personId(), r.employeeNo(), r.personName(), r.department(),
                    r.outletId(), r.outletName(), r.terminal(), r.operatorId(), r.operatorName(), r.mealPeriodId(),
                    r.mealName(), r.amountFen(), r.balanceAfterFen(), r.note());
        }
    }

    @Schema(description = "A kind's rows over the whole filtered range")
    record DetailKindTotal(@Schema(requiredMode = RequiredMode.REQUIRED) DetailKind kind,
                           @Schema(requiredMode = RequiredMode.REQUIRED) String title,
                           @Schema(requiredMode = RequiredMode.REQUIRED) long count,
                           @Schema(requiredMode = RequiredMode.REQUIRED) long amountFen) {

        static DetailKindTotal of(KindTotal t) {
            return new DetailKindTotal(t.kind(), t.kind().titleZh(), t.count(), t.amountFen());
        }
    }

    @Schema(description = "What the printed report says around its table")
    record DetailsHeading(@Schema(requiredMode = RequiredMode.REQUIRED) String organisation,
                          @Schema(requiredMode = RequiredMode.REQUIRED) String outletLabel,
                          @Schema(requiredMode = RequiredMode.REQUIRED) LocalDate printedOn) {
    }

    @Schema(description = "A page of the details report (明细报表) with totals over the whole filtered range")
    record DetailsView(
            @Schema(requiredMode = RequiredMode.REQUIRED) LocalDate from,
            @Schema(requiredMode = RequiredMode.REQUIRED) LocalDate to,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "the kinds read") List<DetailKind> kinds,
            @Schema(requiredMode = RequiredMode.REQUIRED) long offset,
            @Schema(requiredMode = RequiredMode.REQUIRED) int limit,
            @Schema(requiredMode = RequiredMode.REQUIRED) List<DetailLine> rows,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "kinds with rows, in kind order")
            List<DetailKindTotal> totalsByKind,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "rows in the whole range") long count,
            @Schema(requiredMode = RequiredMode.REQUIRED) long amountFen,
            @Schema(requiredMode = RequiredMode.REQUIRED) DetailsHeading heading) {

        static DetailsView of(Page p, Heading h) {
            return new DetailsView(p.filter().range().from(), p.filter().range().to(), List.copyOf(p.filter().kinds()),
                    p.offset(), p.limit(), p.rows().stream().map(DetailLine::of).toList(),
                    p.totals().byKind().stream().map(DetailKindTotal::of).toList(), p.totals().count(),
                    p.totals().amountFen(), new DetailsHeading(h.organisation(), h.outletLabel(), h.printedOn()));
        }
    }
}
