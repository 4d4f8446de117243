package org.onecard.merchant.domain;

/** What an outlet is: a canteen (餐厅), a shop or supermarket (超市), or anything else. */
public enum OutletKind {
    CANTEEN,
    SHOP,
    OTHER
}
