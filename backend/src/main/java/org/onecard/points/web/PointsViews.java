package org.onecard.points.web;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.onecard.ledger.domain.TransferCode;
import org.onecard.ledger.persistence.HistoryStore.Line;
import org.onecard.points.PointsRedemptions.Result;
import org.onecard.points.PointsReports.PersonPoints;
import org.onecard.points.persistence.PointsStore.Redemption;
import org.onecard.points.persistence.PointsStore.Rule;

/** Bodies of the points API. */
final class PointsViews {

    private PointsViews() {
    }

    @Schema(description = "An outlet's accrual rule: pointsPerYuan points per yuan charged, rounded down")
    record PointsRuleView(@Schema(requiredMode = RequiredMode.REQUIRED) long outletId,
                    @Schema(requiredMode = RequiredMode.REQUIRED) String outletName,
                    @Schema(requiredMode = RequiredMode.REQUIRED) int pointsPerYuan,
                    @Schema(requiredMode = RequiredMode.REQUIRED) LocalDateTime updatedAt) {

        static PointsRuleView of(Rule r) {
            return new PointsRuleView(r.outletId(), r.outletName(), r.pointsPerYuan(), r.updatedAt());
        }
    }

    @Schema(description = "The outlet's accrual rate, 1 to 1000 points per yuan charged (8020 otherwise)")
    record PointsRuleRequest(@Schema(requiredMode = RequiredMode.REQUIRED) Integer pointsPerYuan) {
    }

    @Schema(description = "Points spent at the counter: the person, how many, and optionally the outlet redeemed for")
    record PointsRedemptionRequest(@Schema(requiredMode = RequiredMode.REQUIRED) @NotNull Long personId,
                             @Schema(requiredMode = RequiredMode.REQUIRED, description = "1 to 100000000 (8023)") Long points,
                             Long outletId,
                             @Schema(maxLength = 100) @Size(max = 100) String note) {
    }

    @Schema(description = "A redemption (or its void): the posting, and the points balance after it")
    record PointsRedemptionView(@Schema(requiredMode = RequiredMode.REQUIRED) long postingId,
                          Long personId, Long points, Long outletId, String terminalNo, LocalDate accountingDate,
                          String note,
                          @Schema(description = "the posting that gave the points back, if voided") Long voidPostingId,
                          @Schema(requiredMode = RequiredMode.REQUIRED) long balanceAfter) {

        static PointsRedemptionView of(Result result) {
            Redemption r = result.redemption();
            long after = result.balanceAfter() == null ? 0 : result.balanceAfter();
            return r == null ? new PointsRedemptionView(result.postingId(), null, null, null, null, null, null, null, after)
                    : new PointsRedemptionView(r.postingId(), r.personId(), r.points(), r.outletId(), r.terminalNo(),
                            r.accountingDate(), r.note(), r.voidPostingId(), after);
        }
    }

    @Schema(description = "One points movement: positive in, negative out")
    record PointsMovementView(@Schema(requiredMode = RequiredMode.REQUIRED) long postingId,
                        @Schema(requiredMode = RequiredMode.REQUIRED) Instant occurredAt,
                        @Schema(requiredMode = RequiredMode.REQUIRED) TransferCode code,
                        @Schema(requiredMode = RequiredMode.REQUIRED) long points,
                        Long balanceAfter, String terminalId) {

        static PointsMovementView of(Line l) {
            return new PointsMovementView(l.postingId(), l.occurredAt(), l.code(), l.signedAmount(), l.balanceAfter(),
                    l.terminalId());
        }
    }

    @Schema(description = "A person's points balance and one page of movements, newest first")
    record PersonPointsView(@Schema(requiredMode = RequiredMode.REQUIRED) long personId,
                            @Schema(requiredMode = RequiredMode.REQUIRED) long balance,
                            @Schema(requiredMode = RequiredMode.REQUIRED) List<PointsMovementView> items,
                            @Schema(requiredMode = RequiredMode.REQUIRED) int page,
                            @Schema(requiredMode = RequiredMode.REQUIRED) int size,
                            @Schema(requiredMode = RequiredMode.REQUIRED) long total) {

        static PersonPointsView of(PersonPoints p, int page, int size) {
            return new PersonPointsView(p.personId(), p.balance(), p.history().stream().map(PointsMovementView::of).toList(),
                    page, size, p.total());
        }
    }
}
