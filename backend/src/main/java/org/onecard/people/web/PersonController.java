package org.onecard.people.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.onecard.common.outcome.Replies;
import org.onecard.identity.CurrentUser;
import org.onecard.people.application.PeopleRegister;
import org.onecard.people.domain.PersonSearch.StatusFilter;
import org.onecard.people.domain.PersonSearch;
import org.onecard.people.web.PersonViews.PersonCreateRequest;
import org.onecard.people.web.PersonViews.PersonPageView;
import org.onecard.people.web.PersonViews.PersonUpdateRequest;
import org.onecard.people.web.PersonViews.PersonView;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/people")
@Tag(name = "people")
class PersonController {

    private final PeopleRegister register;

    PersonController(PeopleRegister register) {
        this.register = register;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('people:read')")
    @Operation(operationId = "searchPeople", summary = "People in your department scope, by employee number")
    Mono<PersonPageView> search(
            @Parameter(description = "part of the name") @RequestParam(required = false) String name,
            @Parameter(description = "the start of the employee number") @RequestParam(required = false) String employeeNo,
            @Parameter(description = "this department and all under it") @RequestParam(required = false) Long orgUnitId,
            @RequestParam(required = false) Long groupId,
            @Parameter(description = "ACTIVE (default), RESIGNED (the resigned library) or ALL")
            @RequestParam(defaultValue = "ACTIVE") StatusFilter status,
            @Parameter(description = "0-based page number") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "rows per page; more than 200 gives 200") @RequestParam(defaultValue = "50") int size,
            @AuthenticationPrincipal CurrentUser user) {
        PersonSearch search = new PersonSearch(name, employeeNo, orgUnitId, groupId, status);
        return Replies.checkPage(page, size)
                .then(Replies.of(register.search(search, page, size, user), PersonPageView::of));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('people:read')")
    @Operation(operationId = "getPerson", summary = "One person, active or resigned")
    Mono<PersonView> one(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return Replies.of(register.find(id, user), PersonView::of);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('people:manage')")
    @Operation(operationId = "createPerson", summary = "Register a person in a department in your scope")
    Mono<PersonView> create(@Valid @RequestBody PersonCreateRequest request, @AuthenticationPrincipal CurrentUser user) {
        return Replies.of(register.create(request.employeeNo(), request.draft(), user), PersonView::of);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('people:manage')")
    @Operation(operationId = "updatePerson", summary = "Change an active person's details")
    Mono<PersonView> update(@PathVariable long id, @Valid @RequestBody PersonUpdateRequest request,
                            @AuthenticationPrincipal CurrentUser user) {
        return Replies.of(register.update(id, request.draft(), user), PersonView::of);
    }

    @PostMapping("/{id}/resign")
    @PreAuthorize("hasAuthority('people:manage')")
    @Operation(operationId = "resignPerson", summary = "Move a person to the resigned library (离职)")
    Mono<PersonView> resign(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return Replies.of(register.resign(id, user), PersonView::of);
    }

    @PostMapping("/{id}/rehire")
    @PreAuthorize("hasAuthority('people:manage')")
    @Operation(operationId = "rehirePerson", summary = "Bring a resigned person back under the same employee number")
    Mono<PersonView> rehire(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return Replies.of(register.rehire(id, user), PersonView::of);
    }
}
