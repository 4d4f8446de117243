package org.onecard.subsidy.domain;

/** How a subsidy lands in the wallet: added (累加) or replacing the subsidy balance (清零). */
public enum SubsidyMode {
    CUMULATIVE,
    RESET
}
