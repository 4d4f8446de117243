package org.onecard.terminal;

/** What a terminal is for (DOMAIN §2). */
public enum TerminalPurpose {
    CONSUMPTION,
    CASHIER,
    SUBSIDY,
    RECHARGE_POS,
    ISSUER,
    /** A gas dispenser with nozzles 1–99: fuel sales and grey-card locks (§2.11), shift hand-overs (§2.10). */
    DISPENSER
}
