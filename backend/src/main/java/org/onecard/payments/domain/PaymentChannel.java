package org.onecard.payments.domain;

/** The online gateways a cardholder can recharge through. A name, once stored, is never changed. */
public enum PaymentChannel {
    WECHAT,
    ALIPAY
}
