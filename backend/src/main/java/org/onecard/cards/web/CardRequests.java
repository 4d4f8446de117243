package org.onecard.cards.web;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.onecard.cards.CounterRefund;

/** What the counter sends. Amounts are integer fen. */
final class CardRequests {

    private CardRequests() {
    }

    @Schema(description = "Issue a card (发卡); deposit and card cost default to the system parameters")
    record IssueCardRequest(
            @Schema(requiredMode = RequiredMode.REQUIRED) @NotNull Long personId,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "the serial the desk reader typed")
            @NotBlank @Size(max = 64) String serial,
            @Schema(description = "only when card numbers are not automatic") @Size(max = 32) String cardNo,
            Long cardTypeId,
            @PositiveOrZero Long depositFen,
            @PositiveOrZero Long cardCostFen,
            @Schema(description = "optional first recharge") @PositiveOrZero Long firstRechargeFen) {
    }

    record ReissueCardRequest(
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "the new card's serial")
            @NotBlank @Size(max = 64) String serial) {
    }

    record CancelCardRequest(
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "the card was handed back: refund the deposit")
            @NotNull Boolean cardReturned,
            @Schema(description = "also move the person to the resigned library (离职库)") Boolean moveToResigned) {
    }

    record RechargeRequest(
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "positive whole fen")
            @NotNull @Positive Long amountFen) {
    }

    record RefundRequest(
            @Schema(requiredMode = RequiredMode.REQUIRED) @NotNull CounterRefund.Wallet wallet,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "positive whole fen")
            @NotNull @Positive Long amountFen) {
    }

    record BatchRequest(
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "1 to 500 card ids")
            @NotNull @Size(min = 1, max = 500) List<@NotNull Long> cardIds) {
    }

    record BatchRechargeRequest(
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "1 to 500 card ids")
            @NotNull @Size(min = 1, max = 500) List<@NotNull Long> cardIds,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "positive whole fen, the same for every card")
            @NotNull @Positive Long amountFen) {
    }
}
