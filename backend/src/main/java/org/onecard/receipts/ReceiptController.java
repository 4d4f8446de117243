package org.onecard.receipts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.onecard.identity.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/receipts")
@Tag(name = "receipts")
class ReceiptController {

    private final Receipts receipts;

    ReceiptController(Receipts receipts) {
        this.receipts = receipts;
    }

    @GetMapping("/{postingId}")
    @PreAuthorize("hasAuthority('cards:read')")
    @Operation(operationId = "getReceipt", summary = "The printable receipt (凭证) of a booked money movement")
    Mono<Receipt> receipt(@PathVariable long postingId, @AuthenticationPrincipal CurrentUser user) {
        return receipts.of(postingId, user);
    }
}
