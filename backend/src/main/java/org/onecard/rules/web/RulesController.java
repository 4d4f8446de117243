package org.onecard.rules.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.onecard.identity.CurrentUser;
import org.onecard.rules.CardTypes;
import org.onecard.rules.MealPeriods;
import org.onecard.rules.Parameters;
import org.onecard.rules.web.RulesViews.CardTypeRequest;
import org.onecard.rules.web.RulesViews.CardTypeView;
import org.onecard.rules.web.RulesViews.MealPeriodsView;
import org.onecard.rules.web.RulesViews.SystemParametersView;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api")
@Tag(name = "rules")
class RulesController {

    private final Parameters parameters;
    private final MealPeriods mealPeriods;
    private final CardTypes cardTypes;

    RulesController(Parameters parameters, MealPeriods mealPeriods, CardTypes cardTypes) {
        this.parameters = parameters;
        this.mealPeriods = mealPeriods;
        this.cardTypes = cardTypes;
    }

    @GetMapping("/parameters")
    @PreAuthorize("hasAuthority('settings:read')")
    @Operation(operationId = "getParameters", summary = "System parameters")
    Mono<SystemParametersView> parameters() {
        return parameters.current().map(SystemParametersView::of);
    }

    @PutMapping("/parameters")
    @PreAuthorize("hasAuthority('settings:manage')")
    @Operation(operationId = "putParameters", summary = "Replace the system parameters (some lock once cards exist)")
    Mono<SystemParametersView> updateParameters(@Valid @RequestBody SystemParametersView body,
                                                @AuthenticationPrincipal CurrentUser user) {
        return parameters.update(body.toDomain(), user.id()).map(SystemParametersView::of);
    }

    @GetMapping("/meal-periods")
    @PreAuthorize("hasAuthority('settings:read')")
    @Operation(operationId = "getMealPeriods", summary = "The eight meal periods")
    Mono<MealPeriodsView> mealPeriods() {
        return mealPeriods.schedule().map(MealPeriodsView::of);
    }

    @PutMapping("/meal-periods")
    @PreAuthorize("hasAuthority('settings:manage')")
    @Operation(operationId = "putMealPeriods", summary = "Replace the eight meal periods (no overlaps)")
    Mono<MealPeriodsView> replaceMealPeriods(@Valid @RequestBody MealPeriodsView body) {
        return mealPeriods.replace(body.toDomain()).map(MealPeriodsView::of);
    }

    @GetMapping("/card-types")
    @PreAuthorize("hasAuthority('settings:read')")
    @Operation(operationId = "listCardTypes", summary = "All card types")
    Flux<CardTypeView> cardTypes() {
        return cardTypes.all().map(CardTypeView::of);
    }

    @GetMapping("/card-types/{id}")
    @PreAuthorize("hasAuthority('settings:read')")
    @Operation(operationId = "getCardType", summary = "One card type")
    Mono<CardTypeView> cardType(@PathVariable long id) {
        return cardTypes.find(id).map(CardTypeView::of);
    }

    @PostMapping("/card-types")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('settings:manage')")
    @Operation(operationId = "createCardType", summary = "Create a card type")
    Mono<CardTypeView> createCardType(@Valid @RequestBody CardTypeRequest body) {
        return cardTypes.create(body.toDomain()).map(CardTypeView::of);
    }

    @PutMapping("/card-types/{id}")
    @PreAuthorize("hasAuthority('settings:manage')")
    @Operation(operationId = "updateCardType", summary = "Change a card type's rules")
    Mono<CardTypeView> updateCardType(@PathVariable long id, @Valid @RequestBody CardTypeRequest body) {
        return cardTypes.update(id, body.toDomain()).map(CardTypeView::of);
    }

    @DeleteMapping("/card-types/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAuthority('settings:manage')")
    @Operation(operationId = "deleteCardType", summary = "Delete an unused card type")
    Mono<Void> deleteCardType(@PathVariable long id) {
        return cardTypes.delete(id);
    }
}
