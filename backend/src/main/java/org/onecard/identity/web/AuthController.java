package org.onecard.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.onecard.audit.ClientAddresses;
import org.onecard.common.error.ApiException;
import org.onecard.common.error.ResultCode;
import org.onecard.identity.CurrentUser;
import org.onecard.identity.Operators;
import org.onecard.identity.application.OperatorAccounts;
import org.onecard.identity.application.Sessions;
import org.onecard.identity.application.SignIn;
import org.onecard.identity.web.AuthViews.LoginRequest;
import org.onecard.identity.web.AuthViews.OperatorView;
import org.onecard.identity.web.AuthViews.RefreshRequest;
import org.onecard.identity.web.AuthViews.TokenResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/auth")
@Tag(name = "auth")
class AuthController {

    private final SignIn signIn;
    private final Sessions sessions;
    private final OperatorAccounts accounts;
    private final Operators operators;
    private final ClientAddresses addresses;

    AuthController(SignIn signIn, Sessions sessions, OperatorAccounts accounts, Operators operators,
                   ClientAddresses addresses) {
        this.signIn = signIn;
        this.sessions = sessions;
        this.accounts = accounts;
        this.operators = operators;
        this.addresses = addresses;
    }

    @PostMapping("/login")
    @SecurityRequirements
    @Operation(operationId = "login", summary = "Operator sign-in: password, and the operator card when required."
            + " Wrong three times in a row locks the account for a while (2005).")
    Mono<TokenResponse> login(@Valid @RequestBody LoginRequest request, ServerHttpRequest http) {
        SignIn.Attempt attempt = new SignIn.Attempt(request.username(), request.password(), request.cardSerial(),
                addresses.of(http));
        return signIn.login(accounts, attempt).flatMap(AuthResponses::tokensOrProblem);
    }

    @PostMapping("/refresh")
    @SecurityRequirements
    @Operation(operationId = "refresh", summary = "New tokens for a refresh token, which is then spent."
            + " Presenting a spent one ends the session (2009).")
    Mono<TokenResponse> refresh(@Valid @RequestBody RefreshRequest request, ServerHttpRequest http) {
        return sessions.refresh(accounts, request.refreshToken(), addresses.of(http))
                .flatMap(AuthResponses::tokensOrProblem);
    }

    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @SecurityRequirements
    @Operation(operationId = "logout", summary = "End the session the refresh token belongs to; always 204")
    Mono<Void> logout(@Valid @RequestBody RefreshRequest request, ServerHttpRequest http) {
        return sessions.logout(accounts, request.refreshToken(), addresses.of(http));
    }

    @GetMapping("/me")
    @Operation(operationId = "me", summary = "The signed-in operator with roles and permissions")
    Mono<OperatorView> me(@AuthenticationPrincipal CurrentUser user) {
        return operators.profile(user.id()).map(OperatorView::of)
                .switchIfEmpty(Mono.error(() -> new ApiException(ResultCode.UNAUTHENTICATED,
                        "This operator no longer exists")));
    }
}
