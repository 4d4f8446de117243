package org.onecard.consumption.domain;

import java.time.Instant;
import java.time.LocalDate;
import org.onecard.rules.domain.DeductionOrder;

/** A stored consumption; the correction fields are null until it is corrected. */
public record ConsumptionRecord(
        long postingId,
        long personId,
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
        Instant correctedAt) {

    public boolean corrected() {
        return correctionPostingId != null;
    }

    public CorrectionPlan.Consumed consumed() {
        return new CorrectionPlan.Consumed(amountFen, cashFen, subsidyFen, order);
    }
}
