package org.onecard.payments.gateway.wechat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.onecard.payments.gateway.GatewayException;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientException;
import reactor.core.publisher.Mono;

/**
 * WeChat web OAuth (snsapi_base): the authorize address the phone goes to, and the exchange of the
 * code it comes back with for the payer's openid at /sns/oauth2/access_token. WeChat answers an
 * error as {"errcode":40029,"errmsg":"invalid code, rid: …"} with HTTP 200.
 */
public class WechatOauthClient {

    /** WeChat refused the exchange: errcode 40029 (invalid code), 40163 (code been used), 40125 (secret)… */
    public static final class Refused extends RuntimeException {
        private final int errcode;

        Refused(int errcode, String errmsg) {
            super("WeChat OAuth errcode " + errcode + ": " + errmsg);
            this.errcode = errcode;
        }

        public int errcode() {
            return errcode;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final WechatOauthSettings settings;
    private final WebClient web;
    private final Duration timeout;

    public WechatOauthClient(WechatOauthSettings settings, Duration timeout) {
        this.settings = settings;
        this.timeout = timeout;
        this.web = WebClient.create();
    }

    public String appId() {
        return settings.appId();
    }

    /** The silent (snsapi_base) authorize address, coming back to {@code redirectUri} with code and state. */
    public String authorizeUrl(String redirectUri, String state) {
        return trim(settings.authorizeBaseUrl()) + WechatOauthSettings.AUTHORIZE_PATH + "?appid=" + enc(settings.appId())
                + "&redirect_uri=" + enc(redirectUri) + "&response_type=code&scope=snsapi_base&state=" + enc(state)
                + "#wechat_redirect";
    }

    /** The openid the code stands for; {@link Refused} when WeChat says no, {@link GatewayException} when unreachable. */
    public Mono<String> openid(String code) {
        String url = trim(settings.apiBaseUrl()) + WechatOauthSettings.ACCESS_TOKEN_PATH + "?appid=" + enc(settings.appId())
                + "&secret=" + enc(settings.appSecret()) + "&code=" + enc(code) + "&grant_type=authorization_code";
        return web.get().uri(URI.create(url)).retrieve().bodyToMono(String.class)
                .timeout(timeout)
                .onErrorMap(e -> e instanceof WebClientException || e instanceof TimeoutException,
                        e -> new GatewayException("WeChat OAuth exchange failed: " + e.getMessage(), e))
                .map(WechatOauthClient::read);
    }

    private static String read(String body) {
        JsonNode answer;
        try {
            answer = JSON.readTree(body);
        } catch (IOException e) {
            throw new GatewayException("WeChat OAuth answered something that is not JSON", e);
        }
        if (answer.path("errcode").asInt(0) != 0) {
            throw new Refused(answer.path("errcode").asInt(), answer.path("errmsg").asText());
        }
        String openid = answer.path("openid").asText("");
        if (openid.isEmpty()) {
            throw new GatewayException("WeChat OAuth answered without an openid");
        }
        return openid;
    }

    private static String trim(String base) {
        return base.replaceAll("/+$", "");
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
