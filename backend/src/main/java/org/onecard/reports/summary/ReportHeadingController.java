package org.onecard.reports.summary;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.onecard.common.outcome.Replies;
import org.onecard.identity.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The heading a print view puts around a report whose answer carries none (meal statistics, cash reports...). */
@RestController
@RequestMapping("/api/reports")
@Tag(name = "reports")
class ReportHeadingController {

    private final ReportHeading heading;

    ReportHeadingController(ReportHeading heading) {
        this.heading = heading;
    }

    @GetMapping("/heading")
    @PreAuthorize("hasAuthority('ledger:read') or hasAuthority('merchant:read') or hasAuthority('cards:read')")
    @Operation(operationId = "reportHeading", summary = "Organisation, outlet label and print date for a printed report")
    Mono<ReportHeadingView> of(@RequestParam(required = false) List<Long> outletId,
                               @AuthenticationPrincipal CurrentUser user) {
        return Replies.of(Mono.just(OutletChoice.of(outletId, user)), c -> c)
                .flatMap(c -> heading.of(c).map(ReportHeadingView::of));
    }
}
