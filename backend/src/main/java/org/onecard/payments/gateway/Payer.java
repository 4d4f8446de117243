package org.onecard.payments.gateway;

/**
 * The cardholder's phone, for an order it pays on itself (WeChat H5 / JSAPI, Alipay WAP): its
 * address as we saw it (WeChat H5 pay requires it), the page the gateway sends it back to
 * afterwards, and for JSAPI the payer's openid under our app.
 */
public record Payer(String ip, String returnUrl, String openid) {
}
