package org.onecard.sites.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.onecard.sites.SiteStatus;
import org.onecard.sites.SiteStatus.BalancesView;
import org.onecard.sites.SiteStatus.SitesView;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/sites")
@Tag(name = "sites")
class SitesController {

    private final SiteStatus status;

    SitesController(SiteStatus status) {
        this.status = status;
    }

    @GetMapping("/status")
    @PreAuthorize("hasAuthority('sites:read')")
    @Operation(operationId = "sitesStatus", summary = "This instance's role and each link: last contact, pending, lag, last error")
    Mono<SitesView> status() {
        return status.status();
    }

    @GetMapping("/balances")
    @PreAuthorize("hasAuthority('sites:read')")
    @Operation(operationId = "sitesBalances",
            summary = "Card balances here: own cards and mirrored cards of other sites, to compare across instances")
    Mono<BalancesView> balances() {
        return status.balances();
    }
}
