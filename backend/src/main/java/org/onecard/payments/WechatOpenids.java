package org.onecard.payments;

import java.util.regex.Pattern;
import org.onecard.common.error.ApiException;
import org.onecard.common.error.ResultCode;
import org.onecard.common.time.BusinessClock;
import org.onecard.payments.gateway.GatewayException;
import org.onecard.payments.gateway.wechat.WechatOauthClient;
import org.onecard.payments.persistence.OpenidStore;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * A cardholder's openid under our WeChat official account, for JSAPI pay inside WeChat. The
 * mobile page sends the phone through WeChat's silent web OAuth (snsapi_base) with a
 * {@link OauthStates state} tied to the signed-in person; the code it comes back with is exchanged
 * here, and the openid is kept for that person, so later recharges need no round trip.
 */
@Service
public class WechatOpenids {

    /** A page of the mobile app under /h5/, with an optional query: never another site. */
    private static final Pattern RETURN_PATH = Pattern.compile("/h5/[A-Za-z0-9/_-]*(\\?[A-Za-z0-9=&%._-]*)?");
    private static final int MAX_RETURN_PATH = 256;
    private static final int MAX_CODE = 256;

    private final Gateways gateways;
    private final OauthStates states;
    private final OpenidStore store;
    private final LocalAddress local;
    private final BusinessClock clock;

    WechatOpenids(Gateways gateways, OauthStates states, OpenidStore store, LocalAddress local, BusinessClock clock) {
        this.gateways = gateways;
        this.states = states;
        this.store = store;
        this.local = local;
        this.clock = clock;
    }

    /** Where to send the phone, and the state it carries. */
    public record Authorization(String url, String state) {
    }

    /** The authorize address to send the phone to; WeChat brings it back to {@code returnPath} with code and state. */
    public Mono<Authorization> authorize(long personId, String returnPath) {
        if (returnPath == null || returnPath.length() > MAX_RETURN_PATH || !RETURN_PATH.matcher(returnPath).matches()) {
            return Mono.error(new ApiException(ResultCode.WECHAT_OAUTH_RETURN_INVALID, "returnPath must be a path under /h5/"));
        }
        return client().map(c -> {
            String state = states.issue(personId);
            return new Authorization(c.authorizeUrl(local.publicBaseUrl() + returnPath, state), state);
        });
    }

    /** Exchanges the code WeChat gave back (with the state it carried) and binds the openid to the person. */
    public Mono<Void> bind(long personId, String code, String state) {
        if (!states.verify(personId, state)) {
            return Mono.error(new ApiException(ResultCode.WECHAT_OAUTH_STATE_INVALID,
                    "The state was not issued to this sign-in, was changed, or is more than "
                            + OauthStates.TTL.toMinutes() + " minutes old; authorize again"));
        }
        if (code == null || code.isBlank() || code.length() > MAX_CODE) {
            return Mono.error(new ApiException(ResultCode.WECHAT_OAUTH_CODE_REJECTED, "No usable code"));
        }
        return client().flatMap(c -> c.openid(code)
                .onErrorMap(WechatOauthClient.Refused.class,
                        e -> new ApiException(ResultCode.WECHAT_OAUTH_CODE_REJECTED, e.getMessage()))
                .onErrorMap(GatewayException.class, e -> new ApiException(ResultCode.WECHAT_OAUTH_FAILED, e.getMessage()))
                .flatMap(openid -> store.bind(personId, c.appId(), openid, clock.now())));
    }

    /** The person's openid under our app; empty when they never went through OAuth (or it is not set up). */
    public Mono<String> openidOf(long personId) {
        return gateways.wechatOauth().map(c -> store.find(personId, c.appId())).orElse(Mono.empty());
    }

    private Mono<WechatOauthClient> client() {
        return gateways.wechatOauth().map(Mono::just).orElseGet(() -> Mono.error(new ApiException(
                ResultCode.WECHAT_OAUTH_UNAVAILABLE, "Set onecard.payments.wechat.app-secret for in-WeChat pay")));
    }
}
