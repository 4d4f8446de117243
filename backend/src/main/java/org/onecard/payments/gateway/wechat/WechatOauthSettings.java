package org.onecard.payments.gateway.wechat;

/**
 * Web OAuth of the official account whose app id WeChat Pay orders carry, which tells us a payer's
 * openid for JSAPI pay.
 *
 * @param authorizeBaseUrl where the phone is sent to authorize (https://open.weixin.qq.com, or the simulator)
 * @param apiBaseUrl       where the code is exchanged (https://api.weixin.qq.com, or the simulator)
 */
public record WechatOauthSettings(String appId, String appSecret, String authorizeBaseUrl, String apiBaseUrl) {

    public static final String REAL_AUTHORIZE_BASE = "https://open.weixin.qq.com";
    public static final String REAL_API_BASE = "https://api.weixin.qq.com";
    public static final String AUTHORIZE_PATH = "/connect/oauth2/authorize";
    public static final String ACCESS_TOKEN_PATH = "/sns/oauth2/access_token";
}
