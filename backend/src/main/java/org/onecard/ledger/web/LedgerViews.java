package org.onecard.ledger.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.onecard.ledger.domain.Account;
import org.onecard.ledger.domain.PostingOutcome.Posted;
import org.onecard.ledger.domain.PostingOutcome.PostedTransfer;

/** The ledger's HTTP shapes. Amounts are integer fen. */
final class LedgerViews {

    private LedgerViews() {
    }

    record AccountView(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long id,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String kind,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String unit,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String ownerType,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long ownerId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "fen, or points for a points account")
            long balance) {

        static AccountView of(Account a) {
            return new AccountView(a.id(), a.kind().name(), a.unit().name(), a.ownerType(), a.ownerId(), a.name(),
                    a.balance());
        }
    }

    enum Direction { CREDIT, DEBIT }

    @Schema(description = "A manual adjustment (调账) of one account against the adjustments account")
    record AdjustmentRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotNull Long accountId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "CREDIT adds to the account, DEBIT takes from it")
            @NotNull Direction direction,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "positive whole fen")
            @NotNull @Positive Long amountFen,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "why, for the audit trail")
            @NotBlank @Size(max = 255) String note) {
    }

    record TransferView(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long id,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long debitAccountId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long creditAccountId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long amountFen,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String code,
            Long debitBalanceAfterFen,
            Long creditBalanceAfterFen) {

        static TransferView of(PostedTransfer t) {
            return new TransferView(t.id(), t.debitAccountId(), t.creditAccountId(), t.amount(), t.code().name(),
                    t.debitBalanceAfter(), t.creditBalanceAfter());
        }
    }

    record PostingView(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long postingId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String idempotencyKey,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "true when this repeats the first answer")
            boolean replayed,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) boolean overdrawn,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Instant receivedAt,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate accountingDate,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<TransferView> transfers) {

        static PostingView of(Posted p) {
            return new PostingView(p.postingId(), p.idempotencyKey(), p.replayed(), p.overdrawn(), p.receivedAt(),
                    p.accountingDate(), p.transfers().stream().map(TransferView::of).toList());
        }
    }
}
