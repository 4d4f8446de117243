package org.onecard.payments;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Online payment channels. A channel is live when its merchant settings are filled in; with the
 * simulator on, a channel left empty plays against the simulator in this process instead.
 *
 * @param notifyBaseUrl   the public address gateways send notifications to (https://pay.example.com);
 *                        blank means this server's own local address (right for the simulator only)
 * @param orderTtl        how long a cardholder has to pay before the order is closed
 * @param queryAfter      an order still unpaid after this long is asked about at the gateway
 * @param maxOpenOrders   unfinished orders one cardholder may hold at once
 * @param gatewayTimeout  every call to a gateway gives up after this
 * @param micropay        how long a terminal's payment-code sale waits for the payer to confirm
 */
@ConfigurationProperties("onecard.payments")
public record PaymentProperties(
        String notifyBaseUrl,
        @DefaultValue("15m") Duration orderTtl,
        @DefaultValue("1m") Duration queryAfter,
        @DefaultValue("5") int maxOpenOrders,
        @DefaultValue("10s") Duration gatewayTimeout,
        @DefaultValue Micropay micropay,
        @DefaultValue Simulator simulator,
        @DefaultValue Wechat wechat,
        @DefaultValue Alipay alipay) {

    /**
     * A payment code the gateway answers "paying" for (the payer confirms on the phone) is asked
     * about every {@code poll} until {@code payerWait} has passed, then cancelled at the gateway. The
     * terminal gives up after about 30 s, so {@code payerWait} plus one gateway call must stay below that.
     */
    public record Micropay(@DefaultValue("20s") Duration payerWait, @DefaultValue("2s") Duration poll) {
    }

    /** The local gateway simulator, served under /sim/ by this server. Never turn it on in production. */
    public record Simulator(@DefaultValue("false") boolean enabled) {
    }

    /**
     * WeChat Pay API v3, in platform-public-key mode.
     *
     * @param baseUrl         blank for the real https://api.mch.weixin.qq.com
     * @param privateKeyPath  the merchant API private key (apiclient_key.pem)
     * @param publicKeyPath   WeChat Pay's platform public key (pub_key.pem) and its id
     * @param appSecret       the official account's AppSecret, for web OAuth (snsapi_base) to learn a
     *                        payer's openid for JSAPI pay; blank leaves in-WeChat pay off
     * @param oauthBaseUrl    blank for the real https://open.weixin.qq.com (the authorize page the phone goes to)
     * @param apiBaseUrl      blank for the real https://api.weixin.qq.com (where the code is exchanged)
     */
    public record Wechat(String appId, String merchantId, String merchantSerialNumber, String privateKeyPath,
                         String publicKeyId, String publicKeyPath, String apiV3Key, String baseUrl,
                         String appSecret, String oauthBaseUrl, String apiBaseUrl) {

        public boolean configured() {
            return merchantId != null && !merchantId.isBlank();
        }
    }

    /**
     * Alipay open platform, RSA2 with public keys (not certificates).
     *
     * @param gatewayUrl           blank for the real https://openapi.alipay.com/gateway.do
     * @param sellerId             the merchant's PID (2088…), checked in every notification
     * @param privateKeyPath       the application private key (PKCS#8 PEM or bare base64)
     * @param alipayPublicKeyPath  Alipay's public key for this application
     */
    public record Alipay(String appId, String sellerId, String privateKeyPath, String alipayPublicKeyPath,
                         String gatewayUrl) {

        public boolean configured() {
            return appId != null && !appId.isBlank();
        }
    }
}
