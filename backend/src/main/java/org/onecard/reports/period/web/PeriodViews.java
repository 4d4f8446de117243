package org.onecard.reports.period.web;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.onecard.reports.period.AccountingPeriod;

/** Accounting periods' HTTP shapes. */
final class PeriodViews {

    private PeriodViews() {
    }

    @Schema(description = "A month that was closed at least once; months never closed are open and not listed")
    record PeriodView(
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "YYYY-MM") String month,
            @Schema(requiredMode = RequiredMode.REQUIRED, allowableValues = {"OPEN", "CLOSED"}) String status,
            @Schema(description = "UTC, the last close") Instant closedAt,
            Long closedBy,
            @Schema(description = "UTC, the last reopening") Instant reopenedAt,
            Long reopenedBy,
            String reopenReason) {

        static PeriodView of(AccountingPeriod p) {
            return new PeriodView(p.month().toString(), p.closed() ? "CLOSED" : "OPEN", p.closedAt(), p.closedBy(),
                    p.reopenedAt(), p.reopenedBy(), p.reopenReason());
        }
    }

    @Schema(description = "A month closed")
    record CloseView(
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "YYYY-MM") String month,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "wallets whose non-zero closing was stored")
            int walletsStored) {
    }

    @Schema(description = "Why a closed month is opened again")
    record ReopenRequest(
            @Schema(requiredMode = RequiredMode.REQUIRED, maxLength = 255) @NotBlank @Size(max = 255) String reason) {
    }
}
