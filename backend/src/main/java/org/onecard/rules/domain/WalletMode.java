package org.onecard.rules.domain;

/** Single-wallet mode shows cash and subsidy as one balance; dual keeps them apart. */
public enum WalletMode {
    SINGLE,
    DUAL
}
