package org.onecard.terminal.live.domain;

/** What a monitored terminal message was, from its MTI (and processing code). */
public enum TransactionKind {
    PURCHASE,
    BALANCE_ENQUIRY,
    /** 0200 with processing code 170000: the card's distributed subsidies claimed at the terminal. */
    SUBSIDY_CLAIM,
    OFFLINE_ADVICE,
    REVERSAL,
    OTHER;

    /** Whether it is a terminal's transaction (an enquiry or anything else is not: it leaves no record). */
    public boolean movesMoney() {
        return this == PURCHASE || this == SUBSIDY_CLAIM || this == OFFLINE_ADVICE || this == REVERSAL;
    }

    public static TransactionKind of(String mti, String processingCode) {
        return switch (mti) {
            case "0200" -> "310000".equals(processingCode) ? BALANCE_ENQUIRY
                    : "170000".equals(processingCode) ? SUBSIDY_CLAIM : PURCHASE;
            case "0220" -> OFFLINE_ADVICE;
            case "0400", "0420" -> REVERSAL;
            default -> OTHER;
        };
    }
}
