package org.onecard.people.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.onecard.common.error.ApiException;
import org.onecard.common.error.ResultCode;
import org.onecard.identity.CardholderCredentials;
import org.onecard.identity.CurrentUser;
import org.onecard.people.application.PersonAccess;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The card centre gives a cardholder the initial password of the mobile page, or resets a forgotten one. */
@RestController
@Tag(name = "people")
class CardholderPasswordController {

    @Schema(description = "An initial mobile-page password; the cardholder must replace it at the first sign-in")
    record InitialPasswordRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 6, maxLength = 72)
            @NotBlank @Size(min = 6, max = 72) String password) {
    }

    private final PersonAccess access;
    private final CardholderCredentials credentials;

    CardholderPasswordController(PersonAccess access, CardholderCredentials credentials) {
        this.access = access;
        this.credentials = credentials;
    }

    @PostMapping("/api/people/{id}/h5-password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAuthority('cards:manage')")
    @Operation(operationId = "setInitialCardholderPassword", summary = "Give (or reset) the person's mobile-page"
            + " password; it lifts a lock, and the cardholder must choose their own at the next sign-in")
    Mono<Void> set(@PathVariable long id, @Valid @RequestBody InitialPasswordRequest request,
                   @AuthenticationPrincipal CurrentUser user) {
        return access.active(id, user, "id")
                .then(Mono.defer(() -> credentials.setInitialPassword(id, request.password())))
                // more than BCrypt's 72 bytes (a long password in Chinese characters)
                .onErrorMap(IllegalArgumentException.class,
                        e -> new ApiException(ResultCode.VALIDATION_FAILED, "password: " + e.getMessage()));
    }
}
