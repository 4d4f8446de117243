package org.onecard.terminal.live.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.onecard.common.error.ApiException;
import org.onecard.common.error.FieldProblem;
import org.onecard.common.error.ResultCode;
import org.onecard.identity.CurrentUser;
import org.onecard.terminal.TerminalAuth;
import org.onecard.terminal.live.application.MonitorStreams;
import org.onecard.terminal.live.application.MonitorStreams.Item;
import org.onecard.terminal.live.web.MonitorViews.MonitorEventView;
import org.onecard.terminal.live.web.MonitorViews.MonitorMissedView;
import org.onecard.terminal.live.web.MonitorViews.TerminalServerView;
import org.onecard.terminal.server.TerminalServer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/monitor")
@Tag(name = "monitor")
class MonitorController {

    private final MonitorStreams streams;
    private final ObjectProvider<TerminalServer> server;

    MonitorController(MonitorStreams streams, ObjectProvider<TerminalServer> server) {
        this.streams = streams;
        this.server = server;
    }

    @GetMapping(path = "/transactions", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @PreAuthorize("hasAuthority('terminals:read')")
    @Operation(operationId = "monitorTransactions",
            summary = "Terminal transactions as they happen, of the outlets in your scope (server-sent events)",
            description = "Starts with the last 100 transactions (or those after `after`), then sends each new one as"
                    + " event `transaction` (id = seq). Event `missed` counts transactions this stream fell too far"
                    + " behind to show. Comments keep the connection alive; the stream ends after 10 minutes: reconnect"
                    + " with `after` = the last id seen.",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM_VALUE,
                    schema = @Schema(oneOf = {MonitorEventView.class, MonitorMissedView.class}))))
    Flux<ServerSentEvent<Object>> transactions(
            @RequestParam(required = false) Long outletId,
            @Parameter(description = "machine number or 8-digit terminal id") @RequestParam(required = false) String terminal,
            @RequestParam(defaultValue = "false") boolean refusalsOnly,
            @Parameter(description = "resume after this seq") @RequestParam(required = false) Long after,
            @AuthenticationPrincipal CurrentUser user, ServerHttpResponse response) {
        if (after != null && after < 0) {
            return Flux.error(invalid("after", "must be 0 or more"));
        }
        String code = terminalCode(terminal);
        if (terminal != null && !terminal.isBlank() && code == null) {
            return Flux.error(invalid("terminal", "must be a machine number (1 to 999) or its 8-digit terminal id"));
        }
        response.getHeaders().set("X-Accel-Buffering", "no"); // nginx: pass each event on at once
        response.getHeaders().setCacheControl("no-cache");
        MonitorStreams.Filter filter = new MonitorStreams.Filter(outletId, code, refusalsOnly, user.outletScope());
        return streams.open(filter, after).map(MonitorController::event);
    }

    @GetMapping("/server")
    @PreAuthorize("hasAuthority('terminals:read')")
    @Operation(operationId = "terminalServer", summary = "Whether this instance's terminal server listens, where, and its connections")
    Mono<TerminalServerView> server() {
        TerminalServer s = server.getIfAvailable();
        boolean listening = s != null && s.isRunning();
        return Mono.just(new TerminalServerView(listening, listening ? s.port() : null,
                s == null ? 0 : s.openConnections()));
    }

    private static ServerSentEvent<Object> event(Item item) {
        if (item instanceof Item.Transaction t) {
            return ServerSentEvent.builder((Object) MonitorEventView.of(t.seq(), t.event()))
                    .id(Long.toString(t.seq())).event("transaction").build();
        }
        if (item instanceof Item.Missed m) {
            return ServerSentEvent.builder((Object) new MonitorMissedView(m.count())).event("missed").build();
        }
        return ServerSentEvent.builder().comment("keep-alive").build();
    }

    /** "12" or "00000012" → "00000012"; null when blank or not a machine number. */
    static String terminalCode(String terminal) {
        if (terminal == null || terminal.isBlank()) {
            return null;
        }
        String t = terminal.trim();
        if (!t.matches("\\d{1,8}")) {
            return null;
        }
        int machineNo = Integer.parseInt(t);
        return machineNo >= 1 && machineNo <= 999 ? TerminalAuth.codeOf(machineNo) : null;
    }

    private static ApiException invalid(String field, String message) {
        return new ApiException(ResultCode.VALIDATION_FAILED, field + " " + message,
                List.of(new FieldProblem(field, message)));
    }
}
