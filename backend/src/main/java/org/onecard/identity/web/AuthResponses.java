package org.onecard.identity.web;

import org.onecard.common.error.ApiException;
import org.onecard.identity.application.AuthOutcome;
import org.onecard.identity.web.AuthViews.TokenResponse;
import reactor.core.publisher.Mono;

/** Turns a sign-in or refresh outcome into the HTTP answer: tokens, or the refusal's problem. */
final class AuthResponses {

    private AuthResponses() {
    }

    static Mono<TokenResponse> tokensOrProblem(AuthOutcome outcome) {
        if (outcome instanceof AuthOutcome.SignedIn signedIn) {
            return Mono.just(TokenResponse.of(signedIn.tokens()));
        }
        AuthOutcome.Refused refused = (AuthOutcome.Refused) outcome;
        return Mono.error(new ApiException(refused.code(), refused.detail()));
    }
}
