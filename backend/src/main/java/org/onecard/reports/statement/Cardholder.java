package org.onecard.reports.statement;

/** One line's person: the wallets are the person's; the card shown is the person's latest (a reissue's new card). */
public record Cardholder(long personId, String employeeNo, String name, String department, String cardNo) {
}
