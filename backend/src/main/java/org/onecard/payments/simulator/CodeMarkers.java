package org.onecard.payments.simulator;

/**
 * How the simulated gateways treat a payment code a terminal scanned, by its last four digits, so
 * tests and demos can play every answer with codes of the real formats:
 * <ul>
 * <li>{@code 0051}: the payer's balance is short (WeChat 403 NOTENOUGH, Alipay ACQ.BUYER_BALANCE_NOT_ENOUGH);</li>
 * <li>{@code 0054}: the code has expired (WeChat 403 AUTHCODEEXPIRE, Alipay ACQ.PAYMENT_AUTH_CODE_EXPIRED);</li>
 * <li>{@code 0014}: the code is not valid (WeChat 400 AUTH_CODE_INVALID, Alipay ACQ.PAYMENT_AUTH_CODE_INVALID);</li>
 * <li>{@code 0009}: the payer must confirm on the phone (WeChat 202 USERPAYING, Alipay 10003); the
 *     trade stays "paying" until {@link PaymentSimulator#confirm} pays it;</li>
 * <li>{@code 0063}: the gateway's answer is signed with a key that is not the gateway's (a forgery);</li>
 * <li>{@code 0096}: the gateway fails and cannot say what became of the payment (WeChat 500
 *     SYSTEM_ERROR, Alipay 20000 isp.unknow-error);</li>
 * <li>{@code 0097}: paid at once, but the first WeChat refund of it fails (500 SYSTEM_ERROR), as a
 *     gateway that does not answer;</li>
 * <li>any other code is paid at once.</li>
 * </ul>
 */
enum CodeMarkers {
    PAID, INSUFFICIENT, EXPIRED, INVALID, PAYING, FORGED_ANSWER, GATEWAY_FAILS, FIRST_REFUND_FAILS;

    static CodeMarkers of(String authCode) {
        String tail = authCode.length() < 4 ? "" : authCode.substring(authCode.length() - 4);
        return switch (tail) {
            case "0051" -> INSUFFICIENT;
            case "0054" -> EXPIRED;
            case "0014" -> INVALID;
            case "0009" -> PAYING;
            case "0063" -> FORGED_ANSWER;
            case "0096" -> GATEWAY_FAILS;
            case "0097" -> FIRST_REFUND_FAILS;
            default -> PAID;
        };
    }
}
