package org.onecard.ledger.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.onecard.common.error.ApiException;
import org.onecard.common.error.ResultCode;
import org.onecard.identity.CurrentUser;
import org.onecard.ledger.Adjustments;
import org.onecard.ledger.domain.PostingOutcome;
import org.onecard.ledger.domain.PostingOutcome.Declined;
import org.onecard.ledger.domain.PostingOutcome.Posted;
import org.onecard.ledger.persistence.AccountStore;
import org.onecard.ledger.verify.LedgerVerifier;
import org.onecard.ledger.verify.VerifyReport;
import org.onecard.ledger.web.LedgerViews.AccountView;
import org.onecard.ledger.web.LedgerViews.AdjustmentRequest;
import org.onecard.ledger.web.LedgerViews.PostingView;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/ledger")
@Tag(name = "ledger")
class LedgerController {

    private final LedgerVerifier verifier;
    private final AccountStore accounts;
    private final Adjustments adjustments;

    LedgerController(LedgerVerifier verifier, AccountStore accounts, Adjustments adjustments) {
        this.verifier = verifier;
        this.accounts = accounts;
        this.adjustments = adjustments;
    }

    @GetMapping("/verify")
    @PreAuthorize("hasAuthority('ledger:verify')")
    @Operation(operationId = "verify", summary = "Prove the books: balanced transfers, stored balances, zero sum")
    Mono<VerifyReport> verify() {
        return verifier.verify();
    }

    @GetMapping("/accounts/{id}")
    @PreAuthorize("hasAuthority('ledger:read')")
    @Operation(operationId = "getAccount", summary = "One ledger account with its balance")
    Mono<AccountView> account(@PathVariable long id) {
        return accounts.find(id).map(AccountView::of)
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("Account " + id)));
    }

    @PostMapping("/adjustments")
    @PreAuthorize("hasAuthority('ledger:adjust')")
    @Operation(operationId = "adjust", summary = "Credit or debit one account against the adjustments account (调账)")
    Mono<ResponseEntity<PostingView>> adjust(
            @Parameter(description = "a key you choose; sending it again returns the first answer")
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @Valid @RequestBody AdjustmentRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            return Mono.error(new ApiException(ResultCode.IDEMPOTENCY_KEY_REQUIRED,
                    "Send an Idempotency-Key header you chose for this request"));
        }
        return adjustments.adjust(idempotencyKey.trim(), request.accountId(), request.direction() == LedgerViews.Direction.CREDIT,
                        request.amountFen(), request.note(), user.id())
                .map(LedgerController::toResponse);
    }

    /** A first booking is 201; a replay repeats the body with 200; a decline is its problem. */
    private static ResponseEntity<PostingView> toResponse(PostingOutcome outcome) {
        if (outcome instanceof Declined d) {
            throw new ApiException(d.reason(), d.detail());
        }
        Posted p = (Posted) outcome;
        return ResponseEntity.status(p.replayed() ? HttpStatus.OK : HttpStatus.CREATED).body(PostingView.of(p));
    }
}
