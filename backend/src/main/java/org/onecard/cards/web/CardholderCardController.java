package org.onecard.cards.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.onecard.audit.Actor;
import org.onecard.audit.ActorKind;
import org.onecard.audit.AuditEntry;
import org.onecard.audit.AuditLog;
import org.onecard.audit.AuditOutcome;
import org.onecard.audit.ClientAddresses;
import org.onecard.cards.CardHistory;
import org.onecard.cards.CardHistory.HolderQuery;
import org.onecard.cards.CardStatusChanges;
import org.onecard.cards.CardStatusChanges.HolderLoss;
import org.onecard.cards.domain.CardStatus;
import org.onecard.cards.domain.HistoryKind;
import org.onecard.common.error.ApiException;
import org.onecard.common.error.FieldProblem;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Replies;
import org.onecard.identity.CurrentUser;
import org.onecard.ledger.domain.AccountKind;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The signed-in cardholder's own statement and cards on the mobile page. */
@RestController
@RequestMapping("/api/h5")
@Tag(name = "cardholder")
class CardholderCardController {

    /** The mobile page scrolls; more than this per page buys nothing. */
    static final int MAX_PAGE_SIZE = 100;
    static final String LOSS_ACTION = "h5.card.loss";

    /** The wallets a cardholder can pick in the statement. */
    enum HolderWallet {
        CASH_WALLET, SUBSIDY_WALLET
    }

    @Schema(description = "A card after the cardholder reported it lost")
    record LossView(
            @Schema(requiredMode = RequiredMode.REQUIRED) String cardNo,
            @Schema(requiredMode = RequiredMode.REQUIRED) CardStatus status,
            @Schema(requiredMode = RequiredMode.REQUIRED,
                    description = "false when it was lost already: nothing changed, and that is fine") boolean changed) {
    }

    private final CardHistory history;
    private final CardStatusChanges changes;
    private final AuditLog auditLog;
    private final ClientAddresses addresses;

    CardholderCardController(CardHistory history, CardStatusChanges changes, AuditLog auditLog,
                             ClientAddresses addresses) {
        this.history = history;
        this.changes = changes;
        this.auditLog = auditLog;
        this.addresses = addresses;
    }

    @GetMapping("/transactions")
    @Operation(operationId = "myTransactions", summary = "My wallet movements, newest first, across every card I"
            + " have held (a reissued card's history includes the old card's)")
    Mono<CardHistory.HistoryPage> transactions(
            @Parameter(description = "first business day, inclusive (yyyy-MM-dd)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "last business day, inclusive (yyyy-MM-dd)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) HistoryKind kind,
            @Parameter(description = "one wallet; both when absent") @RequestParam(required = false) HolderWallet wallet,
            @Parameter(description = "0-based page number") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "rows per page, 1 to " + MAX_PAGE_SIZE) @RequestParam(defaultValue = "20") int size,
            @AuthenticationPrincipal CurrentUser user) {
        if (from != null && to != null && from.isAfter(to)) {
            return Mono.error(new ApiException(ResultCode.VALIDATION_FAILED, "from is after to",
                    List.of(new FieldProblem("from", "must not be after to"))));
        }
        if (size > MAX_PAGE_SIZE) {
            return Mono.error(new ApiException(ResultCode.VALIDATION_FAILED, "size is at most " + MAX_PAGE_SIZE,
                    List.of(new FieldProblem("size", "must be " + MAX_PAGE_SIZE + " or less"))));
        }
        HolderQuery query = new HolderQuery(from, to, kind, wallet == null ? null : AccountKind.valueOf(wallet.name()));
        return Replies.checkPage(page, size).then(Mono.defer(() -> history.ofPerson(user.id(), query, page, size)));
    }

    @PostMapping("/cards/{cardNo}/loss")
    @Operation(operationId = "reportMyCardLost", summary = "Report one of my cards lost (挂失): terminals refuse it at"
            + " once, as when the card centre registers it. Reporting a lost card again changes nothing (200)."
            + " Someone else's or an unknown card: 404")
    Mono<LossView> loss(@PathVariable String cardNo, @AuthenticationPrincipal CurrentUser user, ServerHttpRequest http) {
        Actor actor = new Actor(ActorKind.CARDHOLDER, user.id(), user.name());
        String from = addresses.of(http);
        return changes.lossByHolder(user.id(), cardNo)
                .flatMap(loss -> audit(actor, cardNo, from, AuditOutcome.SUCCESS, loss.changed() ? null : "already lost")
                        .thenReturn(view(loss)))
                .onErrorResume(ApiException.class, e -> audit(actor, cardNo, from, AuditOutcome.FAILURE,
                        "code " + e.resultCode().code() + " " + e.resultCode().name()).then(Mono.error(e)));
    }

    private Mono<Void> audit(Actor actor, String cardNo, String from, AuditOutcome outcome, String detail) {
        return auditLog.record(new AuditEntry(actor, LOSS_ACTION, cardNo, from, outcome, detail));
    }

    private static LossView view(HolderLoss loss) {
        return new LossView(loss.card().cardNo(), loss.card().status(), loss.changed());
    }
}
