package org.onecard.people.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/** What the mobile page shows a signed-in cardholder. Amounts are integer fen. */
final class CardholderViews {

    private CardholderViews() {
    }

    record CardSummary(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String cardNo,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "NORMAL, LOST, FROZEN, CANCELLED, REPLACED or EXPIRED") String status,
            LocalDate expiresOn) {
    }

    record CardholderView(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long personId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String employeeNo,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name,
            String departmentName,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long cashFen,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long subsidyFen,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long totalFen,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<CardSummary> cards) {
    }
}
