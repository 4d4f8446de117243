package org.onecard.merchant.domain;

/** An outlet (餐厅/超市) of one merchant; every terminal belongs to one outlet. */
public record Outlet(long id, long merchantId, String merchantName, String name, OutletKind kind) {
}
