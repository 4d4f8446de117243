package org.onecard.shift.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.onecard.common.outcome.Replies;
import org.onecard.identity.CurrentUser;
import org.onecard.shift.application.ShiftTeams;
import org.onecard.shift.domain.TeamDraft;
import org.onecard.shift.web.ShiftViews.MemberRequest;
import org.onecard.shift.web.ShiftViews.TeamRequest;
import org.onecard.shift.web.ShiftViews.TeamView;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Stations' shift teams (班组) and their staff cards; the terminal permissions govern them. */
@RestController
@RequestMapping("/api/shift-teams")
@Tag(name = "shifts")
class ShiftTeamController {

    private final ShiftTeams teams;

    ShiftTeamController(ShiftTeams teams) {
        this.teams = teams;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('terminals:read')")
    @Operation(operationId = "listShiftTeams", summary = "Shift teams by code, of one station or all in your scope")
    Mono<List<TeamView>> list(@RequestParam(required = false) Long outletId, @AuthenticationPrincipal CurrentUser user) {
        return teams.list(outletId, user).map(all -> all.stream().map(TeamView::of).toList());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('terminals:manage')")
    @Operation(operationId = "createShiftTeam", summary = "Add a shift team to a station (code taken: 8063)")
    Mono<TeamView> create(@RequestBody TeamRequest request, @AuthenticationPrincipal CurrentUser user) {
        return Replies.of(teams.create(new TeamDraft(request.code(), request.name(), request.outletId()), user),
                TeamView::of);
    }

    @PostMapping("/{id}/members")
    @PreAuthorize("hasAuthority('terminals:manage')")
    @Operation(operationId = "addShiftTeamMember",
            summary = "Add a live card of kind SHIFT to the team (8065; in another team: 8066)")
    Mono<TeamView> addMember(@PathVariable long id, @RequestBody MemberRequest request,
                             @AuthenticationPrincipal CurrentUser user) {
        return Replies.of(teams.addMember(id, request.serial(), user), TeamView::of);
    }

    @DeleteMapping("/{id}/members/{cardId}")
    @PreAuthorize("hasAuthority('terminals:manage')")
    @Operation(operationId = "removeShiftTeamMember", summary = "Take a card out of the team")
    Mono<TeamView> removeMember(@PathVariable long id, @PathVariable long cardId,
                                @AuthenticationPrincipal CurrentUser user) {
        return Replies.of(teams.removeMember(id, cardId, user), TeamView::of);
    }
}
