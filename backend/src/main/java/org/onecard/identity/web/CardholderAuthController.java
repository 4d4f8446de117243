package org.onecard.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.onecard.audit.ClientAddresses;
import org.onecard.identity.CurrentUser;
import org.onecard.identity.application.CardholderAccounts;
import org.onecard.identity.application.PasswordChange;
import org.onecard.identity.application.Sessions;
import org.onecard.identity.application.SignIn;
import org.onecard.identity.web.AuthViews.CardholderLoginRequest;
import org.onecard.identity.web.AuthViews.ChangePasswordRequest;
import org.onecard.identity.web.AuthViews.RefreshRequest;
import org.onecard.identity.web.AuthViews.TokenResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The mobile page's sign-in, by employee or card number, and the cardholder's own password. Its
 * tokens are good for /api/h5/** only; while the card centre's initial password is in use, only
 * this controller answers ({@link PasswordChangeGate}).
 */
@RestController
@RequestMapping("/api/h5/auth")
@Tag(name = "cardholder-auth")
class CardholderAuthController {

    private final SignIn signIn;
    private final Sessions sessions;
    private final CardholderAccounts accounts;
    private final ClientAddresses addresses;
    private final PasswordChange passwords;

    CardholderAuthController(SignIn signIn, Sessions sessions, CardholderAccounts accounts, ClientAddresses addresses,
                             PasswordChange passwords) {
        this.passwords = passwords;
        this.signIn = signIn;
        this.sessions = sessions;
        this.accounts = accounts;
        this.addresses = addresses;
    }

    @PostMapping("/login")
    @SecurityRequirements
    @Operation(operationId = "cardholderLogin", summary = "Cardholder sign-in with employee or card number and password")
    Mono<TokenResponse> login(@Valid @RequestBody CardholderLoginRequest request, ServerHttpRequest http) {
        SignIn.Attempt attempt = new SignIn.Attempt(request.employeeNo(), request.password(), null, addresses.of(http));
        return signIn.login(accounts, attempt).flatMap(AuthResponses::tokensOrProblem);
    }

    @PostMapping("/refresh")
    @SecurityRequirements
    @Operation(operationId = "cardholderRefresh", summary = "New tokens for a cardholder's refresh token")
    Mono<TokenResponse> refresh(@Valid @RequestBody RefreshRequest request, ServerHttpRequest http) {
        return sessions.refresh(accounts, request.refreshToken(), addresses.of(http))
                .flatMap(AuthResponses::tokensOrProblem);
    }

    @PostMapping("/password")
    @Operation(operationId = "changeCardholderPassword", summary = "Replace my password (the card centre's initial"
            + " one first of all). A wrong old password counts towards the lock like a wrong sign-in (6012, then 2005);"
            + " 6010 too short, 6011 the same as the old one. The change signs out every session of mine (their"
            + " refresh tokens stop working) and answers with a fresh one for this device")
    Mono<TokenResponse> changePassword(@Valid @RequestBody ChangePasswordRequest request,
                                       @AuthenticationPrincipal CurrentUser user, ServerHttpRequest http) {
        return passwords.change(user.id(), request.oldPassword(), request.newPassword(), addresses.of(http))
                .then(Mono.defer(() -> sessions.start(user))).map(TokenResponse::of);
    }

    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @SecurityRequirements
    @Operation(operationId = "cardholderLogout", summary = "End the cardholder's session; always 204")
    Mono<Void> logout(@Valid @RequestBody RefreshRequest request, ServerHttpRequest http) {
        return sessions.logout(accounts, request.refreshToken(), addresses.of(http));
    }
}
