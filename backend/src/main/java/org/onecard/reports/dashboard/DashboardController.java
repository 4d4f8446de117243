package org.onecard.reports.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.onecard.common.outcome.Replies;
import org.onecard.common.time.BusinessClock;
import org.onecard.identity.CurrentUser;
import org.onecard.reports.dashboard.DashboardViews.DashboardView;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/reports")
@Tag(name = "reports")
class DashboardController {

    /** Whoever may read the daily consumption summary. */
    static final String READ = "hasAuthority('ledger:read') or hasAuthority('merchant:read')";

    private final Dashboard dashboard;
    private final BusinessClock clock;

    DashboardController(Dashboard dashboard, BusinessClock clock) {
        this.dashboard = dashboard;
        this.clock = clock;
    }

    @GetMapping("/dashboard")
    @PreAuthorize(READ)
    @Operation(operationId = "dashboard", summary = "Today's takings by outlet and meal, purchases per minute over the"
            + " last hour, terminals online and recharges by channel, for the outlets in your scope")
    Mono<DashboardView> dashboard(@AuthenticationPrincipal CurrentUser user) {
        return Replies.of(dashboard.of(user), snapshot -> DashboardView.of(snapshot, clock.zone()));
    }
}
