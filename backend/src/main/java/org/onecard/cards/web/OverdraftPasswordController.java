package org.onecard.cards.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.onecard.cards.OverdraftPasswords;
import org.onecard.identity.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/cards/{id}/overdraft-password")
@Tag(name = "cards")
class OverdraftPasswordController {

    @Schema(description = "A card's new overdraft password (超额密码)")
    record OverdraftPasswordRequest(
            @Schema(requiredMode = RequiredMode.REQUIRED, pattern = "^[0-9]{6}$", example = "654321") String password) {
    }

    private final OverdraftPasswords passwords;

    OverdraftPasswordController(OverdraftPasswords passwords) {
        this.passwords = passwords;
    }

    @PutMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAuthority('cards:manage')")
    @Operation(operationId = "setOverdraftPassword", summary = "Set the password a terminal asks for above the card"
            + " type's per-transaction maximum (default 123456 until set)")
    Mono<Void> set(@PathVariable long id, @RequestBody OverdraftPasswordRequest request,
                   @AuthenticationPrincipal CurrentUser user) {
        return passwords.set(id, request.password(), user);
    }
}
