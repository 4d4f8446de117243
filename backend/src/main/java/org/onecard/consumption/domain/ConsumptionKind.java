package org.onecard.consumption.domain;

/** How a consumption reached the server. */
public enum ConsumptionKind {
    /** authorised by a terminal online */
    ONLINE,
    /** recorded offline by a terminal and uploaded later */
    OFFLINE,
    /** entered at the card centre without the card (补单) */
    SUPPLEMENT,
    /** paid at a terminal with a payer's WeChat / Alipay payment code: no card, no person */
    MICROPAY
}
