package org.onecard.merchant.domain;

/** A merchant (商户) and how many outlets it has. */
public record Merchant(long id, String name, String contactName, String phone, long outletCount) {
}
