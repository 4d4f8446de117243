package org.onecard.payments.gateway;

import org.onecard.payments.domain.GatewayTrade;

/**
 * What a gateway answered to charging a payer's payment code (WeChat codepay, Alipay trade.pay with
 * scene bar_code): paid at once, waiting for the payer to confirm on the phone, or refused and why.
 */
public sealed interface CodePayment {

    record Paid(GatewayTrade trade) implements CodePayment {
    }

    /** WeChat USERPAYING, Alipay 10003: ask again (query) until paid, or cancel. */
    record Paying() implements CodePayment {
    }

    /** The gateway's own words are in {@code detail}. */
    record Refused(Reason reason, String detail) implements CodePayment {
    }

    enum Reason { INSUFFICIENT, CODE_EXPIRED, CODE_INVALID, OTHER }
}
