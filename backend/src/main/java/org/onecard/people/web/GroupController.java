package org.onecard.people.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.onecard.common.outcome.Replies;
import org.onecard.identity.CurrentUser;
import org.onecard.people.application.Groups;
import org.onecard.people.web.GroupViews.GroupNameRequest;
import org.onecard.people.web.GroupViews.GroupPageView;
import org.onecard.people.web.GroupViews.GroupRuleRequest;
import org.onecard.people.web.GroupViews.GroupRuleView;
import org.onecard.people.web.GroupViews.GroupView;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/groups")
@Tag(name = "groups")
class GroupController {

    private final Groups groups;

    GroupController(Groups groups) {
        this.groups = groups;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('people:read')")
    @Operation(operationId = "listGroups", summary = "Groups, by name")
    Mono<GroupPageView> list(
            @Parameter(description = "part of the name") @RequestParam(required = false) String name,
            @Parameter(description = "0-based page number") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "rows per page; more than 200 gives 200") @RequestParam(defaultValue = "50") int size) {
        return Replies.checkPage(page, size).then(groups.page(name, page, size).map(GroupPageView::of));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('people:read')")
    @Operation(operationId = "getGroup", summary = "One group")
    Mono<GroupView> one(@PathVariable long id) {
        return Replies.of(groups.find(id), GroupView::of);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('people:manage')")
    @Operation(operationId = "createGroup", summary = "Add a group")
    Mono<GroupView> create(@Valid @RequestBody GroupNameRequest request, @AuthenticationPrincipal CurrentUser user) {
        return Replies.of(groups.create(request.name(), user), GroupView::of);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('people:manage')")
    @Operation(operationId = "renameGroup", summary = "Rename a group")
    Mono<GroupView> rename(@PathVariable long id, @Valid @RequestBody GroupNameRequest request,
                           @AuthenticationPrincipal CurrentUser user) {
        return Replies.of(groups.rename(id, request.name(), user), GroupView::of);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAuthority('people:manage')")
    @Operation(operationId = "deleteGroup", summary = "Delete a group nobody is in, with its rules")
    Mono<Void> delete(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return Replies.none(groups.delete(id, user));
    }

    @GetMapping("/{id}/rules")
    @PreAuthorize("hasAuthority('people:read')")
    @Operation(operationId = "listGroupRules",
            summary = "A group's online transaction rules by window (at most onecard.people.max-rules-per-group)")
    Mono<List<GroupRuleView>> rules(@PathVariable long id) {
        return Replies.of(groups.rules(id), rules -> rules.stream().map(GroupRuleView::of).toList());
    }

    @PostMapping("/{id}/rules")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('people:manage')")
    @Operation(operationId = "createGroupRule", summary = "Add an online transaction rule to a group")
    Mono<GroupRuleView> addRule(@PathVariable long id, @Valid @RequestBody GroupRuleRequest request,
                                @AuthenticationPrincipal CurrentUser user) {
        return Replies.of(groups.addRule(id, request.draft(), user), GroupRuleView::of);
    }

    @PutMapping("/{id}/rules/{ruleId}")
    @PreAuthorize("hasAuthority('people:manage')")
    @Operation(operationId = "updateGroupRule", summary = "Replace the terms of a group rule")
    Mono<GroupRuleView> changeRule(@PathVariable long id, @PathVariable long ruleId,
                                   @Valid @RequestBody GroupRuleRequest request,
                                   @AuthenticationPrincipal CurrentUser user) {
        return Replies.of(groups.changeRule(id, ruleId, request.draft(), user), GroupRuleView::of);
    }

    @DeleteMapping("/{id}/rules/{ruleId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasAuthority('people:manage')")
    @Operation(operationId = "deleteGroupRule", summary = "Remove a group rule")
    Mono<Void> deleteRule(@PathVariable long id, @PathVariable long ruleId, @AuthenticationPrincipal CurrentUser user) {
        return Replies.none(groups.deleteRule(id, ruleId, user));
    }
}
