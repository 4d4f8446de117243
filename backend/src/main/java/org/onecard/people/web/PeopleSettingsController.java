package org.onecard.people.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.onecard.common.outcome.Replies;
import org.onecard.identity.CurrentUser;
import org.onecard.people.application.PeopleSettings;
import org.onecard.people.domain.EmployeeNoRules;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/people-settings")
@Tag(name = "people")
class PeopleSettingsController {

    private final PeopleSettings settings;

    PeopleSettingsController(PeopleSettings settings) {
        this.settings = settings;
    }

    @Schema(description = "System-wide employee-number (工号) rules")
    record PeopleSettingsView(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "0 = any length, else exactly this many")
            int employeeNoLength,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                    description = "a person created without a number gets the highest numeric one + 1, zero-padded")
            boolean employeeNoAutoIncrement,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "letters may appear in numbers")
            boolean employeeNoLettersAllowed) {

        static PeopleSettingsView of(EmployeeNoRules r) {
            return new PeopleSettingsView(r.length(), r.autoIncrement(), r.lettersAllowed());
        }
    }

    @Schema(description = "New employee-number rules; they apply to numbers given from now on")
    record PeopleSettingsUpdateRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "0", maximum = "32")
            @NotNull @Min(0) @Max(EmployeeNoRules.MAX_LENGTH) Integer employeeNoLength,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotNull Boolean employeeNoAutoIncrement,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotNull Boolean employeeNoLettersAllowed) {
    }

    @GetMapping
    @PreAuthorize("hasAuthority('people:read')")
    @Operation(operationId = "getPeopleSettings", summary = "The employee-number rules")
    Mono<PeopleSettingsView> get() {
        return settings.employeeNoRules().map(PeopleSettingsView::of);
    }

    @PutMapping
    @PreAuthorize("hasAuthority('people:manage')")
    @Operation(operationId = "updatePeopleSettings",
            summary = "Change the employee-number rules (operators without a department scope only)")
    Mono<PeopleSettingsView> update(@Valid @RequestBody PeopleSettingsUpdateRequest request,
                                    @AuthenticationPrincipal CurrentUser user) {
        EmployeeNoRules rules = new EmployeeNoRules(request.employeeNoLength(), request.employeeNoAutoIncrement(),
                request.employeeNoLettersAllowed());
        return Replies.of(settings.change(rules, user), PeopleSettingsView::of);
    }
}
