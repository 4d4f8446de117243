package org.onecard.reports.period.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.YearMonth;
import java.util.List;
import org.onecard.audit.Actor;
import org.onecard.audit.ActorKind;
import org.onecard.identity.CurrentUser;
import org.onecard.reports.period.AccountingPeriods;
import org.onecard.reports.period.web.PeriodViews.CloseView;
import org.onecard.reports.period.web.PeriodViews.PeriodView;
import org.onecard.reports.period.web.PeriodViews.ReopenRequest;
import org.onecard.reports.statement.StatementMonth;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/reports/periods")
@Tag(name = "reports")
class PeriodController {

    private final AccountingPeriods periods;

    PeriodController(AccountingPeriods periods) {
        this.periods = periods;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('ledger:read')")
    @Operation(operationId = "accountingPeriods", summary = "Months closed at least once (封账), newest first")
    Mono<List<PeriodView>> list() {
        return periods.list().map(all -> all.stream().map(PeriodView::of).toList());
    }

    @PostMapping("/{month}/close")
    @PreAuthorize("hasAuthority('periods:close')")
    @Operation(operationId = "closePeriod", summary = "Close an ended month: it then takes no posting; needs the"
            + " previous month closed (unless this is the first month with postings) and a balanced statement")
    Mono<CloseView> close(@Parameter(description = "YYYY-MM") @PathVariable String month,
                          @AuthenticationPrincipal CurrentUser user) {
        return Mono.defer(() -> {
            YearMonth m = StatementMonth.parse(month);
            return periods.close(m, actor(user)).map(stored -> new CloseView(m.toString(), stored));
        });
    }

    @PostMapping("/{month}/reopen")
    @PreAuthorize("hasAuthority('periods:reopen')")
    @Operation(operationId = "reopenPeriod", summary = "Reopen the latest closed month, for a reason (audited)")
    Mono<ResponseEntity<Void>> reopen(@Parameter(description = "YYYY-MM") @PathVariable String month,
                                      @Valid @RequestBody ReopenRequest request,
                                      @AuthenticationPrincipal CurrentUser user) {
        return Mono.defer(() -> periods.reopen(StatementMonth.parse(month), request.reason().trim(), actor(user)))
                .thenReturn(ResponseEntity.noContent().build());
    }

    private static Actor actor(CurrentUser user) {
        return new Actor(ActorKind.OPERATOR, user.id(), user.name());
    }
}
