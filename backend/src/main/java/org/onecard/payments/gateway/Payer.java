package org.onecard.payments.gateway;

/**
 * The cardholder's phone, for an order it pays on itself (WeChat H5, Alipay WAP): its address as
 * we saw it (WeChat H5 pay requires it) and the page the gateway sends it back to afterwards.
 */
public record Payer(String ip, String returnUrl) {
}
