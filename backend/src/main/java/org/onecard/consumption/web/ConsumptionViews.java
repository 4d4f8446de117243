package org.onecard.consumption.web;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.onecard.consumption.SupplementaryConsumption;
import org.onecard.consumption.domain.ConsumptionKind;
import org.onecard.consumption.domain.ConsumptionRecord;
import org.onecard.consumption.persistence.ConsumptionStore.Listed;

/** What the consumption endpoints take and give. Amounts are integer fen. */
final class ConsumptionViews {

    /** No single meal or purchase above 100,000.00 yuan: a typing error. */
    static final long MAX_AMOUNT_FEN = 10_000_000L;

    private ConsumptionViews() {
    }

    @Schema(description = "A consumption (消费) and its correction, if any")
    record ConsumptionView(
            @Schema(requiredMode = RequiredMode.REQUIRED) long postingId,
            @Schema(description = "null for a sale paid with a WeChat / Alipay payment code (kind MICROPAY)") Long personId,
            @Schema(description = "null with personId") String employeeNo,
            @Schema(description = "null with personId") String personName,
            String cardNo,
            @Schema(requiredMode = RequiredMode.REQUIRED) long outletId,
            @Schema(requiredMode = RequiredMode.REQUIRED) String outletName,
            String terminalNo,
            @Schema(requiredMode = RequiredMode.REQUIRED) ConsumptionKind kind,
            @Schema(requiredMode = RequiredMode.REQUIRED) long amountFen,
            @Schema(requiredMode = RequiredMode.REQUIRED) long cashFen,
            @Schema(requiredMode = RequiredMode.REQUIRED) long subsidyFen,
            @Schema(requiredMode = RequiredMode.REQUIRED) Instant occurredAt,
            Integer mealPeriodId,
            String note,
            @Schema(description = "what it was corrected to") Long correctedAmountFen,
            Long correctionPostingId,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "the end of the correction window")
            Instant correctableUntil) {

        static ConsumptionView of(Listed l, Instant correctableUntil) {
            ConsumptionRecord c = l.consumption();
            return new ConsumptionView(c.postingId(), c.personId(), l.employeeNo(), l.personName(), l.cardNo(),
                    c.outletId(), l.outletName(), c.terminalNo(), c.kind(), c.amountFen(), c.cashFen(),
                    c.subsidyFen(), c.occurredAt(), c.mealPeriodId(), c.note(), c.correctedAmountFen(),
                    c.correctionPostingId(), correctableUntil);
        }
    }

    @Schema(description = "A page of consumptions, newest first")
    record ConsumptionPage(
            @Schema(requiredMode = RequiredMode.REQUIRED) List<ConsumptionView> items,
            @Schema(requiredMode = RequiredMode.REQUIRED) int page,
            @Schema(requiredMode = RequiredMode.REQUIRED) int size,
            @Schema(requiredMode = RequiredMode.REQUIRED) long total) {
    }

    @Schema(description = "A supplementary consumption (补单) without the card")
    record SupplementaryRequest(
            @Schema(requiredMode = RequiredMode.REQUIRED) @NotNull Long personId,
            @Schema(requiredMode = RequiredMode.REQUIRED) @NotNull Long outletId,
            @Schema(description = "the terminal that missed it") @Size(max = 16) String terminalNo,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "when it happened (within 31 days)")
            @NotNull Instant occurredAt,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "positive whole fen")
            @NotNull @Positive @Max(MAX_AMOUNT_FEN) Long amountFen,
            @Size(max = 255) String note) {

        SupplementaryConsumption.Entry toEntry() {
            return new SupplementaryConsumption.Entry(personId, outletId,
                    terminalNo == null || terminalNo.isBlank() ? null : terminalNo.trim(), occurredAt, amountFen, note);
        }
    }

    @Schema(description = "The amount that should have been charged")
    record CorrectionRequest(
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "whole fen, 0 or more")
            @NotNull @PositiveOrZero @Max(MAX_AMOUNT_FEN) Long amountFen) {
    }
}
