package org.onecard.payments.domain;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * How a cardholder's recharge order is opened at its gateway, and so what the page does with the
 * answer: QR shows it as a QR code (WeChat Native code_url, Alipay precreate qr_code); H5 (WeChat
 * H5 pay's h5_url) and WAP (Alipay trade.wap.pay's signed URL) are addresses the phone goes to;
 * JSAPI (WeChat, inside WeChat's browser, for the payer's openid) gives the signed parameters of
 * WeixinJSBridge's getBrandWCPayRequest.
 * A name, once stored, is never changed.
 */
public enum PayMode {
    QR,
    H5,
    WAP,
    JSAPI;

    /** From its name only: a number would otherwise be read as a position in this list. */
    @JsonCreator
    public static PayMode of(String name) {
        return valueOf(name);
    }

    /** WeChat Pay has no WAP and Alipay no H5 pay: the phone modes belong to one channel each. */
    public boolean allows(PaymentChannel channel) {
        return switch (this) {
            case QR -> true;
            case H5, JSAPI -> channel == PaymentChannel.WECHAT;
            case WAP -> channel == PaymentChannel.ALIPAY;
        };
    }

}
