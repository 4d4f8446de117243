package org.onecard.payments.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which gateway issued a payment code a terminal's scanner read from a payer's phone: WeChat Pay's
 * are 18 digits starting 10–15, Alipay's 16–24 digits starting 25–30 (both gateways' published
 * formats). Anything else is no gateway's code.
 */
public final class PaymentCodes {

    private static final Pattern WECHAT = Pattern.compile("1[0-5][0-9]{16}");
    private static final Pattern ALIPAY = Pattern.compile("(2[5-9]|30)[0-9]{14,22}");

    private PaymentCodes() {
    }

    public static Optional<PaymentChannel> channelOf(String code) {
        if (code == null) {
            return Optional.empty();
        }
        if (WECHAT.matcher(code).matches()) {
            return Optional.of(PaymentChannel.WECHAT);
        }
        return ALIPAY.matcher(code).matches() ? Optional.of(PaymentChannel.ALIPAY) : Optional.empty();
    }
}
