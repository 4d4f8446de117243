package org.onecard.receipts;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A printable receipt (凭证) for one booked posting. Amounts are integer fen. */
@Schema(description = "A printable receipt for one money movement at the card centre")
public record Receipt(
        @Schema(requiredMode = RequiredMode.REQUIRED, description = "accounting date and posting id, e.g. 20261121-00000042")
        String receiptNo,
        @Schema(requiredMode = RequiredMode.REQUIRED) long postingId,
        @Schema(requiredMode = RequiredMode.REQUIRED, description = "e.g. 充值凭证") String title,
        @Schema(requiredMode = RequiredMode.REQUIRED) String organisation,
        @Schema(requiredMode = RequiredMode.REQUIRED) Instant occurredAt,
        @Schema(requiredMode = RequiredMode.REQUIRED) LocalDate accountingDate,
        String operatorName,
        String personName,
        String employeeNo,
        String cardNo,
        @Schema(requiredMode = RequiredMode.REQUIRED) List<Line> lines,
        @Schema(requiredMode = RequiredMode.REQUIRED) long totalFen,
        @Schema(description = "the cash wallet after, when this moved it") Long cashBalanceFen,
        @Schema(description = "the subsidy wallet after, when this moved it") Long subsidyBalanceFen) {

    public Receipt {
        lines = List.copyOf(lines);
    }

    public record Line(
            @Schema(requiredMode = RequiredMode.REQUIRED) String code,
            @Schema(requiredMode = RequiredMode.REQUIRED) String label,
            @Schema(requiredMode = RequiredMode.REQUIRED) long amountFen) {
    }

    static String number(LocalDate accountingDate, long postingId) {
        return String.format("%04d%02d%02d-%08d", accountingDate.getYear(), accountingDate.getMonthValue(),
                accountingDate.getDayOfMonth(), postingId);
    }
}
