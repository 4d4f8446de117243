package org.onecard.people.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.onecard.common.outcome.Replies;
import org.onecard.identity.CurrentUser;
import org.onecard.people.application.OrgUnits;
import org.onecard.people.web.OrgUnitViews.OrgUnitCreateRequest;
import org.onecard.people.web.OrgUnitViews.OrgUnitRenameRequest;
import org.onecard.people.web.OrgUnitViews.OrgUnitTreeView;
import org.onecard.people.web.OrgUnitViews.OrgUnitView;
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
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/org-units")
@Tag(name = "organisation")
class OrgUnitController {

    private final OrgUnits orgUnits;

    OrgUnitController(OrgUnits orgUnits) {
        this.orgUnits = orgUnits;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('people:read')")
    @Operation(operationId = "orgUnitTree", summary = "The organisation tree, limited to your department scope")
    Mono<OrgUnitTreeView> tree(@AuthenticationPrincipal CurrentUser user) {
        return orgUnits.visible(user).map(OrgUnitTreeView::of);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('people:read')")
    @Operation(operationId = "getOrgUnit", summary = "One department with its counts")
    Mono<OrgUnitView> one(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return Replies.of(orgUnits.find(id, user), OrgUnitView::of);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('people:manage')")
    @Operation(operationId = "createOrgUnit", summary = "Add a department under a parent (or the root)")
    Mono<OrgUnitView> create(@Valid @RequestBody OrgUnitCreateRequest request,
                             @AuthenticationPrincipal CurrentUser user) {
        return Replies.of(orgUnits.create(request.parentId(), request.suffix(), request.name(), user),
                OrgUnitView::of);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('people:manage')")
    @Operation(operationId = "renameOrgUnit", summary = "Rename a department (departments never move)")
    Mono<OrgUnitView> rename(@PathVariable long id, @Valid @RequestBody OrgUnitRenameRequest request,
                             @AuthenticationPrincipal CurrentUser user) {
        return Replies.of(orgUnits.rename(id, request.name(), user), OrgUnitView::of);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAuthority('people:manage')")
    @Operation(operationId = "deleteOrgUnit", summary = "Delete a department with no sub-departments and no people")
    Mono<Void> delete(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return Replies.none(orgUnits.delete(id, user));
    }
}
