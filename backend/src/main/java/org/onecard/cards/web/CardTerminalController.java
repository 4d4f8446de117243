package org.onecard.cards.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.onecard.cards.CardKinds;
import org.onecard.cards.CardPins;
import org.onecard.identity.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** What a card is at a terminal: its kind (menu cards) and the cardholder's PIN; openapi/terminal-protocol.md §2.8. */
@RestController
@RequestMapping("/api/cards/{id}")
@Tag(name = "cards")
class CardTerminalController {

    @Schema(description = "A card's new cardholder PIN for POS")
    record CardPinRequest(
            @Schema(requiredMode = RequiredMode.REQUIRED, pattern = "^[0-9]{6}$", example = "246810") String pin) {
    }

    @Schema(description = "A card's kind: USER, or a menu card of terminals (ADMIN, OPERATOR)")
    record CardKindRequest(@Schema(requiredMode = RequiredMode.REQUIRED) CardKinds.Kind kind) {
    }

    @Schema(description = "What a card is at a terminal")
    record CardTerminalView(
            @Schema(requiredMode = RequiredMode.REQUIRED) CardKinds.Kind kind,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "whether a cardholder PIN is set") boolean pinSet) {
    }

    private final CardPins pins;
    private final CardKinds kinds;

    CardTerminalController(CardPins pins, CardKinds kinds) {
        this.pins = pins;
        this.kinds = kinds;
    }

    @GetMapping("/terminal-access")
    @PreAuthorize("hasAuthority('cards:read')")
    @Operation(operationId = "getCardTerminalAccess", summary = "A card's kind and whether its PIN is set")
    Mono<CardTerminalView> access(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return kinds.of(id, user).zipWith(pins.isSet(id), CardTerminalView::new);
    }

    @PutMapping("/pin")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAuthority('cards:manage')")
    @Operation(operationId = "setCardPin", summary = "Set or change the cardholder PIN a POS asks for when the card"
            + " type requires one")
    Mono<Void> setPin(@PathVariable long id, @RequestBody CardPinRequest request,
                      @AuthenticationPrincipal CurrentUser user) {
        return pins.set(id, request.pin(), user);
    }

    @PutMapping("/kind")
    @PreAuthorize("hasAuthority('cards:manage')")
    @Operation(operationId = "setCardKind", summary = "Make a card a terminal menu card (ADMIN, OPERATOR) or a user"
            + " card again; terminals get the change as the ADMIN_CARD / OPERATOR_CARD lists")
    Mono<CardTerminalView> setKind(@PathVariable long id, @RequestBody CardKindRequest request,
                                   @AuthenticationPrincipal CurrentUser user) {
        return kinds.set(id, request.kind(), user).zipWith(pins.isSet(id), CardTerminalView::new);
    }
}
