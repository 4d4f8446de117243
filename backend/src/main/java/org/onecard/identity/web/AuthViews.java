package org.onecard.identity.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.onecard.identity.OperatorProfile;
import org.onecard.identity.application.TokenPair;

/** The sign-in HTTP shapes; the front ends use these names through openapi.yaml. */
final class AuthViews {

    static final String BEARER = "Bearer";

    private AuthViews() {
    }

    @Schema(description = "Operator sign-in")
    record LoginRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotBlank @Size(max = 64) String username,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotBlank @Size(max = 128) String password,
            @Schema(description = "operator card serial as the desk reader types it; required when the operator"
                    + " has the card factor (answer 2006 asks for it)")
            @Size(max = 128) String cardSerial) {
    }

    @Schema(description = "Cardholder sign-in on the mobile page")
    record CardholderLoginRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "the employee number, or the number of"
                    + " any card the person holds or held (a lost or cancelled card's number still names them)")
            @NotBlank @Size(max = 32) String employeeNo,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotBlank @Size(max = 128) String password) {
    }

    @Schema(description = "A cardholder replaces their password: at least 6 characters, not the old one")
    record ChangePasswordRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotBlank @Size(max = 128) String oldPassword,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 6, maxLength = 72) @NotNull
            @Size(max = 72) String newPassword) {
    }

    @Schema(description = "A refresh token, for refreshing or signing out")
    record RefreshRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotBlank @Size(max = 128) String refreshToken) {
    }

    @Schema(description = "Tokens after a sign-in or refresh. The refresh token works once: keep the new one.")
    record TokenResponse(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "send as Authorization: Bearer ...")
            String accessToken,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String refreshToken,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = BEARER) String tokenType,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "access token lifetime")
            long expiresInSeconds) {

        static TokenResponse of(TokenPair tokens) {
            return new TokenResponse(tokens.accessToken(), tokens.refreshToken(), BEARER, tokens.expiresInSeconds());
        }
    }

    @Schema(description = "The signed-in operator")
    record OperatorView(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long id,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String username,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String displayName,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "role codes: ADMIN, FINANCE, CASHIER")
            List<String> roles,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "e.g. ledger:verify, audit:read")
            List<String> permissions) {

        static OperatorView of(OperatorProfile p) {
            return new OperatorView(p.id(), p.username(), p.displayName(), p.roles(), p.permissions());
        }
    }
}
