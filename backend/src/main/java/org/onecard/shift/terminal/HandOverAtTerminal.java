package org.onecard.shift.terminal;

import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Outcome;
import org.onecard.common.time.BusinessClock;
import org.onecard.shift.application.HandOvers;
import org.onecard.shift.application.HandOvers.Dispenser;
import org.onecard.terminal.TerminalAuth;
import org.onecard.terminal.TerminalPurpose;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.server.NetworkManagementAct;
import org.onecard.terminal.server.TerminalSession;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * 0800 field 70 = 401, shift hand-over (交接班) at a dispenser (openapi/terminal-protocol.md §2.10):
 * fields as {@link HandOverMessage} reads them; a dispenser only (8060); then {@link HandOvers}.
 * The time is the server's. A repeat under the same key gets the first answer.
 */
@Component
class HandOverAtTerminal implements NetworkManagementAct {

    static final String CODE = "401";

    private final HandOvers handOvers;
    private final BusinessClock clock;

    HandOverAtTerminal(HandOvers handOvers, BusinessClock clock) {
        this.handOvers = handOvers;
        this.clock = clock;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Mono<ResultCode> act(IsoMessage request, TerminalSession session) {
        TerminalAuth auth = session.terminal().orElseThrow();
        if (auth.purpose() != TerminalPurpose.DISPENSER) {
            return Mono.just(ResultCode.NOZZLE_TERMINAL_NOT_DISPENSER);
        }
        return HandOverMessage.read(request, auth.code(), clock.accountingDate(clock.now()))
                .map(m -> handOvers.record(new Dispenser(auth.id(), auth.outletId(), auth.machineNo()), m.draft(),
                                m.key(), HandOvers.TERMINAL, null)
                        .map(o -> o instanceof Outcome.Refused<?> r ? r.code() : ResultCode.OK))
                .orElseGet(() -> Mono.just(ResultCode.VALIDATION_FAILED));
    }
}
