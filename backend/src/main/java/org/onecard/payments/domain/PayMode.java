package org.onecard.payments.domain;

/**
 * How a cardholder's recharge order is opened at its gateway, and so what the page does with the
 * answer: QR shows it as a QR code (WeChat Native code_url, Alipay precreate qr_code); H5 (WeChat
 * H5 pay's h5_url) and WAP (Alipay trade.wap.pay's signed URL) are addresses the phone goes to.
 * A name, once stored, is never changed.
 */
public enum PayMode {
    QR,
    H5,
    WAP;

    /** WeChat Pay has no WAP and Alipay no H5 pay: the phone modes belong to one channel each. */
    public boolean allows(PaymentChannel channel) {
        return switch (this) {
            case QR -> true;
            case H5 -> channel == PaymentChannel.WECHAT;
            case WAP -> channel == PaymentChannel.ALIPAY;
        };
    }

    /** True when the page goes to the answer rather than showing it as a QR code. */
    public boolean redirects() {
        return this != QR;
    }
}
