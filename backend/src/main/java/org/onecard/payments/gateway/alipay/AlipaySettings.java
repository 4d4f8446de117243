package org.onecard.payments.gateway.alipay;

/**
 * An Alipay application with RSA2 keys, both as base64 (PKCS#8 private, X.509 public).
 *
 * @param gatewayUrl where the SDK sends requests: https://openapi.alipay.com/gateway.do, or the simulator
 */
public record AlipaySettings(String appId, String sellerId, String privateKey, String alipayPublicKey,
                             String gatewayUrl) {

    public static final String REAL_GATEWAY = "https://openapi.alipay.com/gateway.do";
}
