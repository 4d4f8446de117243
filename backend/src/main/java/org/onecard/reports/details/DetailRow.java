package org.onecard.reports.details;

import java.time.Instant;
import java.time.LocalDate;
import org.onecard.ledger.domain.TransferCode;

/**
 * One transfer as the details report shows it. {@code amountFen} is signed as the cardholder sees it:
 * what a wallet gains is +, what it loses −; a transfer that touches no wallet (deposit and card cost
 * at issue, a deposit refund, a payment-code sale) is − for what the cardholder paid and + for what
 * they got back. {@code balanceAfterFen} is the wallet's balance after it, null when no wallet moved.
 * Names are null where the ledger does not say (e.g. no card for a subsidy, no meal for a recharge).
 */
public record DetailRow(long transferId, long postingId, Instant occurredAt, LocalDate accountingDate,
                        TransferCode code, DetailKind kind, String cardNo, Long personId, String employeeNo,
                        String personName, String department, Long outletId, String outletName, String terminal,
                        Long operatorId, String operatorName, Integer mealPeriodId, String mealName, long amountFen,
                        Long balanceAfterFen, String note) {
}
