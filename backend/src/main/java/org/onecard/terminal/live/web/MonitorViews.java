package org.onecard.terminal.live.web;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.time.Instant;
import org.onecard.terminal.live.domain.TransactionEvent;
import org.onecard.terminal.live.domain.TransactionKind;

/** The HTTP shapes of the live monitor. */
final class MonitorViews {

    private MonitorViews() {
    }

    @Schema(description = "A terminal transaction as it happened (SSE event `transaction`, id = seq)")
    record MonitorEventView(
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "its number in the server's monitor;"
                    + " send the last one seen as `after` to resume") long seq,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "when the server answered") Instant at,
            @Schema(requiredMode = RequiredMode.REQUIRED) long terminalId,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "ISO 8583 field 41") String terminalCode,
            @Schema(requiredMode = RequiredMode.REQUIRED) int machineNo,
            @Schema(requiredMode = RequiredMode.REQUIRED) long outletId,
            @Schema(requiredMode = RequiredMode.REQUIRED) TransactionKind kind,
            @Schema(description = "the card serial's last four characters after ****") String card,
            @Schema(description = "charged when approved, else asked; in fen") Long amountFen,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "ISO 8583 field 39 the terminal got")
            String responseCode,
            @Schema(requiredMode = RequiredMode.REQUIRED) boolean approved,
            @Schema(description = "field 11") String trace,
            @Schema(description = "field 37 of an approval: the posting id") String reference) {

        static MonitorEventView of(long seq, TransactionEvent e) {
            return new MonitorEventView(seq, e.at(), e.terminalId(), e.terminalCode(), e.machineNo(), e.outletId(),
                    e.kind(), e.card(), e.amountFen(), e.responseCode(), e.approved(), e.trace(), e.reference());
        }
    }

    @Schema(description = "Transactions this stream will never show: it fell behind the server's buffer"
            + " (SSE event `missed`)")
    record MonitorMissedView(@Schema(requiredMode = RequiredMode.REQUIRED) long count) {
    }

    @Schema(description = "The terminal server as this instance runs it")
    record TerminalServerView(
            @Schema(requiredMode = RequiredMode.REQUIRED) boolean listening,
            @Schema(description = "the TCP port terminals connect to") Integer port,
            @Schema(requiredMode = RequiredMode.REQUIRED) int openConnections) {
    }
}
