package org.onecard.consumption.domain;

import java.time.Instant;
import java.time.LocalDate;
import org.onecard.rules.domain.DeductionOrder;

/**
 * A stored consumption; the correction fields are null until it is corrected. {@code operatorId} is
 * the card centre operator who entered it, {@code terminalOperatorId} the terminal operator signed on
 * where it was sold (openapi/terminal-protocol.md §2.8); either is null when there was none.
 * {@code personId} and {@code cardId} are null for a sale paid with a WeChat / Alipay payment code
 * ({@link ConsumptionKind#MICROPAY}).
 */
public record ConsumptionRecord(
        long postingId,
        Long personId,
        Long cardId,
        long outletId,
        String terminalNo,
        ConsumptionKind kind,
        long amountFen,
        long cashFen,
        long subsidyFen,
        DeductionOrder order,
        Instant occurredAt,
        LocalDate accountingDate,
        Integer mealPeriodId,
        Long operatorId,
        String note,
        Long correctedAmountFen,
        Long correctionPostingId,
        Instant correctedAt,
        Long terminalOperatorId) {

    public boolean corrected() {
        return correctionPostingId != null;
    }

    public CorrectionPlan.Consumed consumed() {
        return new CorrectionPlan.Consumed(amountFen, cashFen, subsidyFen, order);
    }
}
