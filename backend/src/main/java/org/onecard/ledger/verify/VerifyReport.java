package org.onecard.ledger.verify;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** What {@code verify} checked in the books and what it found wrong. */
public record VerifyReport(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) boolean clean,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Instant checkedAt,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long transfersChecked,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long accountsChecked,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<UnitTotal> totals,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Discrepancy> discrepancies) {

    /** The sum of all balances counting one unit; zero when the books balance. */
    public record UnitTotal(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String unit,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long sum) {
    }

    public record Discrepancy(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String kind,
            Long accountId,
            Long transferId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String detail) {
    }

    /** A plain-text rendering for the command line. */
    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append("Ledger verify at ").append(checkedAt).append('\n');
        out.append("  transfers checked: ").append(transfersChecked).append('\n');
        out.append("  accounts checked:  ").append(accountsChecked).append('\n');
        out.append("  every transfer positive, one unit, two different accounts, in a booked posting\n");
        out.append("  every wallet's stored balance equals the sum of its transfers\n");
        for (UnitTotal total : totals) {
            out.append("  sum of all ").append(total.unit()).append(" balances: ").append(total.sum()).append('\n');
        }
        for (Discrepancy d : discrepancies) {
            out.append("  DISCREPANCY ").append(d.kind()).append(": ").append(d.detail()).append('\n');
        }
        out.append(clean ? "RESULT: clean" : "RESULT: " + discrepancies.size() + " discrepancies").append('\n');
        return out.toString();
    }
}
