package org.onecard.payments.simulator;

import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.onecard.common.HmacSha256;
import org.onecard.payments.domain.PaymentChannel;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Plays the WeChat side a page inside WeChat meets: the official account's web OAuth
 * (open.weixin.qq.com's authorize page, silent for snsapi_base, and api.weixin.qq.com's code
 * exchange with its errcode/errmsg answers) and the WeChat app's getBrandWCPayRequest, which
 * checks paySign with the merchant's public key, and that the WeChat user is the payer the order was
 * opened for, before the order is paid and notified. The WeChat
 * user is a cookie this browser keeps; their openid is derived from it and the app id, so it stays
 * the same for one user and app, as WeChat's does.
 */
@Hidden
@RestController
@ConditionalOnProperty(name = "onecard.payments.simulator.enabled", havingValue = "true")
class WechatAppSimulator {

    static final String CLIENT_PAY_PATH = "/sim/wechat-client/get-brand-wcpay-request";
    private static final String USER_COOKIE = "sim_wechat_user";
    private static final String USER = "[0-9A-Za-z]{16,64}";
    private static final Duration CODE_TTL = Duration.ofMinutes(5);
    private static final int MAX_CODES = 10_000;

    /** A code handed out by the authorize page: whose, until when, and whether it was exchanged. */
    private static final class Code {
        final String openid;
        final Instant expiresAt;
        boolean used;

        Code(String openid, Instant expiresAt) {
            this.openid = openid;
            this.expiresAt = expiresAt;
        }
    }

    private final SimulatorKeys keys;
    private final PaymentSimulator simulator;
    private final Map<String, Code> codes = new LinkedHashMap<>();

    WechatAppSimulator(SimulatorKeys keys, PaymentSimulator simulator) {
        this.keys = keys;
        this.simulator = simulator;
    }

    @GetMapping(SimulatorKeys.WECHAT_OPEN_PATH + "/connect/oauth2/authorize")
    ResponseEntity<String> authorize(@RequestParam(required = false) String appid,
                                     @RequestParam(name = "redirect_uri", required = false) String redirectUri,
                                     @RequestParam(name = "response_type", required = false) String responseType,
                                     @RequestParam(required = false) String scope,
                                     @RequestParam(required = false) String state,
                                     @CookieValue(name = USER_COOKIE, required = false) String user) {
        if (!SimulatorKeys.WECHAT_APP_ID.equals(appid)) {
            return page(HttpStatus.BAD_REQUEST, "10003 appid 参数错误 / invalid appid");
        }
        if (redirectUri == null || !(redirectUri.startsWith("http://") || redirectUri.startsWith("https://"))) {
            return page(HttpStatus.BAD_REQUEST, "10003 redirect_uri 参数错误 / invalid redirect_uri");
        }
        if (!"code".equals(responseType) || !("snsapi_base".equals(scope) || "snsapi_userinfo".equals(scope))) {
            return page(HttpStatus.BAD_REQUEST, "10005 scope 参数错误或没有 scope 权限 / invalid scope");
        }
        if (state != null && (state.length() > 128 || !state.matches("[0-9A-Za-z]*"))) {
            return page(HttpStatus.BAD_REQUEST, "10011 state 参数错误 / invalid state");
        }
        String who = user != null && user.matches(USER) ? user : SimulatorKeys.randomKey(24);
        String code = SimulatorKeys.randomKey(32);
        synchronized (codes) {
            if (codes.size() >= MAX_CODES) {
                codes.remove(codes.keySet().iterator().next());
            }
            codes.put(code, new Code(openid(appid, who), Instant.now().plus(CODE_TTL)));
        }
        URI back = UriComponentsBuilder.fromUriString(redirectUri).queryParam("code", code)
                .queryParam("state", state == null ? "" : state).build().encode().toUri();
        return ResponseEntity.status(HttpStatus.FOUND).location(back)
                .header(HttpHeaders.SET_COOKIE, ResponseCookie.from(USER_COOKIE, who)
                        .path("/sim/").httpOnly(true).maxAge(Duration.ofDays(365)).build().toString())
                .build();
    }

    @GetMapping(path = SimulatorKeys.WECHAT_API_PATH + "/sns/oauth2/access_token", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> accessToken(@RequestParam(required = false) String appid,
                                    @RequestParam(required = false) String secret,
                                    @RequestParam(required = false) String code,
                                    @RequestParam(name = "grant_type", required = false) String grantType) {
        if (!SimulatorKeys.WECHAT_APP_ID.equals(appid)) {
            return error(40013, "invalid appid");
        }
        if (!keys.wechatAppSecret().equals(secret)) {
            return error(40125, "invalid appsecret");
        }
        if (!"authorization_code".equals(grantType)) {
            return error(40002, "invalid grant_type");
        }
        Code found;
        synchronized (codes) {
            found = code == null ? null : codes.get(code);
            if (found == null || found.expiresAt.isBefore(Instant.now())) {
                return error(40029, "invalid code");
            }
            if (found.used) {
                return error(40163, "code been used");
            }
            found.used = true;
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("access_token", SimulatorKeys.randomKey(64));
        answer.put("expires_in", 7200);
        answer.put("refresh_token", SimulatorKeys.randomKey(64));
        answer.put("openid", found.openid);
        answer.put("scope", "snsapi_base");
        answer.put("is_snapshotuser", 0);
        return answer;
    }

    /**
     * The WeChat app's WeixinJSBridge.invoke('getBrandWCPayRequest', parameters): pays the order when
     * paySign verifies with the merchant's public key (then notifies the merchant), answering
     * err_msg as the bridge's callback would.
     */
    @PostMapping(path = CLIENT_PAY_PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, String> pay(@RequestBody String parameters,
                            @CookieValue(name = USER_COOKIE, required = false) String user) {
        // the WeChat app knows who is signed in to it: only the payer the order was opened for can pay it
        if (user == null || !user.matches(USER)) {
            return Map.of("err_msg", "get_brand_wcpay_request:fail", "err_desc", "请先登录微信");
        }
        String orderNo = simulator.payJsapi(parameters, openid(SimulatorKeys.WECHAT_APP_ID, user));
        if (orderNo == null) {
            return Map.of("err_msg", "get_brand_wcpay_request:fail", "err_desc", "支付验证签名失败");
        }
        // the app shows success at once; the notification reaches the merchant on its own
        simulator.notifyPaid(PaymentChannel.WECHAT, orderNo).subscribe();
        return Map.of("err_msg", "get_brand_wcpay_request:ok");
    }

    /** A WeChat user's openid under an app: 28 characters, the same every time. */
    private String openid(String appId, String user) {
        byte[] mac = HmacSha256.of(keys.wechatAppSecret().getBytes(StandardCharsets.US_ASCII),
                (appId + ":" + user).getBytes(StandardCharsets.US_ASCII));
        return "o" + Base64.getUrlEncoder().withoutPadding().encodeToString(mac).substring(0, 27);
    }

    private static Map<String, Object> error(int errcode, String errmsg) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("errcode", errcode);
        answer.put("errmsg", errmsg + ", rid: " + SimulatorKeys.randomKey(8).toLowerCase(Locale.ROOT));
        return answer;
    }

    private static ResponseEntity<String> page(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.TEXT_HTML)
                .body("<!doctype html><html><head><meta charset=\"utf-8\"><title>微信授权（模拟）</title></head><body><p>"
                        + HtmlUtils.htmlEscape(message) + "</p></body></html>");
    }
}
