package org.onecard.payments.gateway.wechat;

import java.security.PrivateKey;
import java.security.PublicKey;

/**
 * A WeChat Pay merchant in platform-public-key mode.
 *
 * @param baseUrl where API calls go instead of https://api.mch.weixin.qq.com (the simulator), or blank
 */
public record WechatSettings(String appId, String merchantId, String merchantSerialNumber, PrivateKey privateKey,
                             String publicKeyId, PublicKey publicKey, String apiV3Key, String baseUrl) {
}
