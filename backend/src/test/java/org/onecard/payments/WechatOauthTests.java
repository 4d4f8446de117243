package org.onecard.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onecard.testing.Checks.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onecard.identity.CardholderCredentials;
import org.onecard.identity.Operators;
import org.onecard.payments.domain.PaymentChannel;
import org.onecard.payments.simulator.PaymentSimulator;
import org.onecard.payments.simulator.SimulatorKeys;
import org.onecard.people.persistence.PeopleStore;
import org.onecard.testing.Checks;
import org.onecard.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * In-WeChat pay: web OAuth (snsapi_base) through the simulator's authorize page and code
 * exchange binds the payer's openid to the signed-in cardholder, and a JSAPI order uses it.
 */
@MariaDbTest
@TestPropertySource(properties = "onecard.payments.simulator.enabled=true")
class WechatOauthTests {

    WebTestClient web;
    @LocalServerPort
    int port;
    @Autowired
    Operators operators;
    @Autowired
    PeopleStore people;
    @Autowired
    CardholderCredentials credentials;
    @Autowired
    PaymentSimulator simulator;
    @Autowired
    SimulatorKeys keys;

    PaymentFixture f;

    /** Where WeChat brought the phone back: the code and state it carried, and the WeChat user's cookie. */
    record Back(String code, String state, String cookie) {
    }

    @BeforeEach
    void setUp() {
        web = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).responseTimeout(Duration.ofSeconds(30))
                .build();
        f = new PaymentFixture(web, operators, people, credentials);
    }

    @Test
    void theOauthRoundTripBindsTheOpenidAndAJsapiOrderWithoutOneIsSignedForIt() throws Exception {
        assertThat(bound(f)).isFalse();
        problem(f.createOrder("j-0", "WECHAT", 500, "JSAPI"), 422, 6022);

        Map<?, ?> started = authorize(f, "/h5/recharge");
        String url = (String) started.get("authorizeUrl");
        String state = (String) started.get("state");
        assertThat(url).startsWith("http://127.0.0.1:" + port + "/sim/wechat-open/connect/oauth2/authorize?appid="
                        + SimulatorKeys.WECHAT_APP_ID + "&redirect_uri=http%3A%2F%2F127.0.0.1%3A" + port
                        + "%2Fh5%2Frecharge&response_type=code&scope=snsapi_base&state=" + state)
                .endsWith("#wechat_redirect");
        assertThat(state).matches("[0-9A-Za-z]{58}");
        Back back = follow(url, null);
        assertThat(back.state()).isEqualTo(state);

        code(f, back.code(), back.state()).expectStatus().isOk().expectBody(Map.class)
                .value(b -> assertThat(b.get("bound")).isEqualTo(true));
        assertThat(bound(f)).isTrue();
        // WeChat takes a code once
        problem(code(f, back.code(), back.state()), 422, 6032);

        Map<?, ?> order = f.createOrder("j-1", "WECHAT", 500, "JSAPI").expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        String orderNo = (String) order.get("orderNo");
        String openid = simulator.trade(PaymentChannel.WECHAT, orderNo).openid();
        assertThat(openid).hasSize(28).startsWith("o");
        // the same WeChat user signing in again gets the same openid
        Back again = follow((String) authorize(f, "/h5/recharge").get("authorizeUrl"), back.cookie());
        code(f, again.code(), again.state()).expectStatus().isOk();
        Map<?, ?> second = f.createOrder("j-2", "WECHAT", 300, "JSAPI").expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(simulator.trade(PaymentChannel.WECHAT, (String) second.get("orderNo")).openid()).isEqualTo(openid);

        // paySign is the merchant's SHA256withRSA over appId\ntimeStamp\nnonceStr\npackage\n
        String json = (String) order.get("payUrl");
        Map<?, ?> p = new ObjectMapper().readValue(json, Map.class);
        assertThat(p.get("signType")).isEqualTo("RSA");
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(merchantPublicKey());
        rsa.update((p.get("appId") + "\n" + p.get("timeStamp") + "\n" + p.get("nonceStr") + "\n" + p.get("package")
                + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(rsa.verify(Base64.getDecoder().decode((String) p.get("paySign")))).isTrue();

        // the WeChat app refuses changed parameters, and another WeChat user (or none); it pays the true ones
        String payer = back.cookie();
        assertThat(bridge(json.replace("\"timeStamp\":\"", "\"timeStamp\":\"1"), payer))
                .isEqualTo("get_brand_wcpay_request:fail");
        assertThat(bridge(json, "sim_wechat_user=SomeoneElse0000000000")).isEqualTo("get_brand_wcpay_request:fail");
        assertThat(bridge(json, null)).isEqualTo("get_brand_wcpay_request:fail");
        assertThat(simulator.trade(PaymentChannel.WECHAT, orderNo).paid()).isFalse();
        assertThat(bridge(json, payer)).isEqualTo("get_brand_wcpay_request:ok");
        // paid whichever comes first: the app's notification, or the page's poll asking WeChat Pay
        assertThat(f.myOrder(orderNo, true).get("status")).isEqualTo("PAID");
        assertThat(f.cashFen()).isEqualTo(500);
        // a repeated notification and a second bridge call credit nothing more
        assertThat(simulator.notifyPaid(PaymentChannel.WECHAT, orderNo).block()).isTrue();
        assertThat(bridge(json, payer)).isEqualTo("get_brand_wcpay_request:ok");
        assertThat(simulator.notifyPaid(PaymentChannel.WECHAT, orderNo).block()).isTrue();
        assertThat(f.cashFen()).isEqualTo(500);
        Checks.booksClean(web, f.admin);
    }

    @Test
    void aBadCodeAndAStateForgedOrOfAnotherSignInAreRefusedAndBindNothing() {
        PaymentFixture other = new PaymentFixture(web, operators, people, credentials);
        Map<?, ?> started = authorize(f, "/h5/recharge");
        Back back = follow((String) started.get("authorizeUrl"), null);
        String state = back.state();

        problem(code(f, "no-such-code", state), 422, 6032);
        // another person's session cannot use this state, even with the code it came with
        problem(code(other, back.code(), state), 403, 6031);
        // a changed or made-up state does not verify
        char last = state.charAt(state.length() - 1);
        problem(code(f, back.code(), state.substring(0, state.length() - 1) + (last == 'a' ? 'b' : 'a')), 403, 6031);
        problem(code(f, back.code(), state.substring(0, 26) + "0".repeat(32)), 403, 6031);
        problem(code(f, back.code(), "x".repeat(58)), 403, 6031);
        problem(code(f, back.code(), "short"), 403, 6031);
        String otherState = (String) authorize(other, "/h5/recharge").get("state");
        problem(code(f, back.code(), otherState), 403, 6031);
        problem(code(f, back.code(), ""), 400, 1001);
        assertThat(bound(f)).isFalse();
        assertThat(bound(other)).isFalse();

        // the refused attempts did not use the code up
        code(f, back.code(), state).expectStatus().isOk();
        assertThat(bound(f)).isTrue();
        // the other person never gets it: no binding, and a JSAPI order without openid is refused
        assertThat(bound(other)).isFalse();
        problem(other.createOrder("o-1", "WECHAT", 100, "JSAPI"), 422, 6022);
        Checks.booksClean(web, f.admin);
    }

    @Test
    void onlyAPageOfTheMobileAppIsAPlaceToComeBackTo() {
        for (String bad : new String[] {"https://evil.example/h5/recharge", "//evil.example/h5/", "/h5/../api",
                "/admin/", "/h5/recharge#x", "h5/recharge"}) {
            problem(startOauth(f, bad), 400, 6034);
        }
        problem(startOauth(f, ""), 400, 1001);
        assertThat((String) authorize(f, "/h5/recharge?orderNo=OC1").get("authorizeUrl"))
                .contains("redirect_uri=http%3A%2F%2F127.0.0.1%3A" + port + "%2Fh5%2Frecharge%3ForderNo%3DOC1");
    }

    @Test
    void theSimulatedExchangeAnswersInWechatsErrorForm() {
        Map<?, ?> answer = web.get().uri("/sim/wechat-api/sns/oauth2/access_token?appid=" + SimulatorKeys.WECHAT_APP_ID
                        + "&secret=wrong&code=x&grant_type=authorization_code").exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(answer.get("errcode")).isEqualTo(40125);
        assertThat((String) answer.get("errmsg")).startsWith("invalid appsecret, rid: ");
        web.get().uri("/sim/wechat-open/connect/oauth2/authorize?appid=wx0&redirect_uri=http%3A%2F%2Fx%2F"
                + "&response_type=code&scope=snsapi_base&state=a").exchange().expectStatus().isBadRequest();
    }

    private PublicKey merchantPublicKey() throws Exception {
        RSAPrivateCrtKey key = (RSAPrivateCrtKey) keys.wechatMerchant("unused").privateKey();
        return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
    }

    /** The WeChat app of the user with this simulator cookie (null: nobody signed in) asked to pay. */
    private String bridge(String parameters, String cookie) {
        Map<?, ?> answer = web.post().uri("/sim/wechat-client/get-brand-wcpay-request").contentType(MediaType.APPLICATION_JSON)
                .headers(h -> {
                    if (cookie != null) {
                        h.add(HttpHeaders.COOKIE, cookie);
                    }
                }).bodyValue(parameters).exchange().expectStatus().isOk().expectBody(Map.class).returnResult()
                .getResponseBody();
        return (String) answer.get("err_msg");
    }

    /** The phone at WeChat's authorize page, which sends it straight back (snsapi_base asks nothing). */
    private Back follow(String authorizeUrl, String cookie) {
        var result = web.get().uri(URI.create(authorizeUrl.substring(0, authorizeUrl.indexOf('#'))))
                .headers(h -> {
                    if (cookie != null) {
                        h.add(HttpHeaders.COOKIE, cookie);
                    }
                }).exchange().expectStatus().isFound().returnResult(String.class);
        URI location = result.getResponseHeaders().getLocation();
        assertThat(location.toString()).startsWith("http://127.0.0.1:" + port + "/h5/recharge?code=");
        var query = UriComponentsBuilder.fromUri(location).build().getQueryParams();
        String set = result.getResponseHeaders().getFirst(HttpHeaders.SET_COOKIE);
        return new Back(query.getFirst("code"), query.getFirst("state"),
                cookie != null ? cookie : set.substring(0, set.indexOf(';')));
    }

    private boolean bound(PaymentFixture who) {
        Map<?, ?> b = web.get().uri("/api/h5/wechat/binding").headers(h -> h.setBearerAuth(who.cardholder)).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        return (Boolean) b.get("bound");
    }

    private ResponseSpec startOauth(PaymentFixture who, String returnPath) {
        return web.post().uri("/api/h5/wechat/oauth/authorize").headers(h -> h.setBearerAuth(who.cardholder))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("returnPath", returnPath)).exchange();
    }

    private Map<?, ?> authorize(PaymentFixture who, String returnPath) {
        return startOauth(who, returnPath).expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    private ResponseSpec code(PaymentFixture who, String code, String state) {
        return web.post().uri("/api/h5/wechat/oauth/code").headers(h -> h.setBearerAuth(who.cardholder))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("code", code, "state", state)).exchange();
    }
}
