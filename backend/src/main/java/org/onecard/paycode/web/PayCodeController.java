package org.onecard.paycode.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.onecard.common.outcome.Replies;
import org.onecard.identity.CurrentUser;
import org.onecard.paycode.PayCodes;
import org.onecard.paycode.PayCodes.Issued;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/h5/pay-codes")
@Tag(name = "cardholder")
class PayCodeController {

    /**
     * A pay code to show as a QR: {@code code} is what a terminal's scanner reads; it pays with the
     * card numbered {@code cardNo} until {@code expiresAt}, once.
     */
    record PayCodeView(@Schema(requiredMode = RequiredMode.REQUIRED) String code,
                       @Schema(requiredMode = RequiredMode.REQUIRED) Instant expiresAt,
                       @Schema(requiredMode = RequiredMode.REQUIRED) long ttlSeconds,
                       @Schema(requiredMode = RequiredMode.REQUIRED) String cardNo) {
    }

    private final PayCodes payCodes;

    PayCodeController(PayCodes payCodes) {
        this.payCodes = payCodes;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "issuePayCode", summary = "A new one-use pay code for the signed-in cardholder's card;"
            + " it replaces the cardholder's older unused codes")
    Mono<PayCodeView> issue(@AuthenticationPrincipal CurrentUser user) {
        return Replies.of(payCodes.issue(user.id()), PayCodeController::view);
    }

    private static PayCodeView view(Issued issued) {
        return new PayCodeView(issued.code(), issued.expiresAt(), issued.ttlSeconds(), issued.card().cardNo());
    }
}
