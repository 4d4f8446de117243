package org.onecard.payments.simulator;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Locale;
import org.onecard.payments.gateway.Keys;
import org.onecard.payments.gateway.alipay.AlipaySettings;
import org.onecard.payments.gateway.wechat.WechatOauthSettings;
import org.onecard.payments.gateway.wechat.WechatSettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The test keys of the local simulator, made fresh at every start: a WeChat Pay merchant key
 * pair and platform key pair with an APIv3 key, an Alipay application key pair and Alipay's own.
 * The simulator keeps the gateways' private halves; the merchant side gets what a real merchant
 * would download from the gateways' consoles.
 */
@Component
@ConditionalOnProperty(name = "onecard.payments.simulator.enabled", havingValue = "true")
public class SimulatorKeys {

    public static final String WECHAT_BASE_PATH = "/sim/wechat";
    /** WeChat's web OAuth: the authorize page (open.weixin.qq.com) and the code exchange (api.weixin.qq.com). */
    public static final String WECHAT_OPEN_PATH = "/sim/wechat-open";
    public static final String WECHAT_API_PATH = "/sim/wechat-api";
    public static final String ALIPAY_GATEWAY_PATH = "/sim/alipay/gateway.do";

    public static final String WECHAT_APP_ID = "wxd678efh567hg6787";
    public static final String WECHAT_MERCHANT_ID = "1900000109";
    public static final String WECHAT_MERCHANT_SERIAL = "5157F09EFDC096DE15EBE81A47057A7232F1B8E1";
    public static final String WECHAT_PUBLIC_KEY_ID = "PUB_KEY_ID_0119000001092026112100000000000001";
    public static final String ALIPAY_APP_ID = "2021000000000001";
    public static final String ALIPAY_SELLER_ID = "2088000000000001";

    private final KeyPair wechatMerchant;
    private final KeyPair wechatPlatform;
    private final String apiV3Key;
    private final String wechatAppSecret;
    private final KeyPair alipayApp;
    private final KeyPair alipay;

    public SimulatorKeys() {
        this.wechatMerchant = generate();
        this.wechatPlatform = generate();
        this.alipayApp = generate();
        this.alipay = generate();
        this.apiV3Key = randomKey(32);
        this.wechatAppSecret = randomKey(32).toLowerCase(Locale.ROOT);
    }

    public WechatSettings wechatMerchant(String baseUrl) {
        return new WechatSettings(WECHAT_APP_ID, WECHAT_MERCHANT_ID, WECHAT_MERCHANT_SERIAL,
                wechatMerchant.getPrivate(), WECHAT_PUBLIC_KEY_ID, wechatPlatform.getPublic(), apiV3Key, baseUrl);
    }

    public WechatOauthSettings wechatOauth(String authorizeBaseUrl, String apiBaseUrl) {
        return new WechatOauthSettings(WECHAT_APP_ID, wechatAppSecret, authorizeBaseUrl, apiBaseUrl);
    }

    String wechatAppSecret() {
        return wechatAppSecret;
    }

    public AlipaySettings alipayMerchant(String gatewayUrl) {
        return new AlipaySettings(ALIPAY_APP_ID, ALIPAY_SELLER_ID, Keys.base64(alipayApp.getPrivate()),
                Keys.base64(alipay.getPublic()), gatewayUrl);
    }

    KeyPair wechatMerchantPair() {
        return wechatMerchant;
    }

    KeyPair wechatPlatformPair() {
        return wechatPlatform;
    }

    String apiV3Key() {
        return apiV3Key;
    }

    KeyPair alipayAppPair() {
        return alipayApp;
    }

    KeyPair alipayPair() {
        return alipay;
    }

    static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String randomKey(int length) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        SecureRandom random = new SecureRandom();
        StringBuilder key = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            key.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return key.toString();
    }
}
