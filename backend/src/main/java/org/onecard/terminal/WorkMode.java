package org.onecard.terminal;

/** How a consumption terminal takes amounts (DOMAIN §2). */
public enum WorkMode {
    /** the operator keys any amount */
    FREE_AMOUNT,
    /** one fixed amount */
    FIXED,
    /** a fixed amount per time segment (分段定值) */
    FIXED_BY_SEGMENT,
    /** preset keys 1–99 with their amounts */
    KEY_VALUE,
    /** products by barcode, price and discount */
    PRODUCT,
    /** price per hour with a rounding unit */
    TIMED,
    /** counts uses, moves no money (计次) */
    COUNT_ONLY
}
