package org.onecard.terminal;

/** What a terminal is for (DOMAIN §2). */
public enum TerminalPurpose {
    CONSUMPTION,
    CASHIER,
    SUBSIDY,
    RECHARGE_POS,
    ISSUER,
    DISPENSER
}
