package org.onecard.rules.domain;

/** Which wallet a payment takes from first (DOMAIN §2; default subsidy then cash). */
public enum DeductionOrder {
    CASH_ONLY,
    SUBSIDY_ONLY,
    CASH_THEN_SUBSIDY,
    SUBSIDY_THEN_CASH
}
