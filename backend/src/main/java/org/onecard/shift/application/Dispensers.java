package org.onecard.shift.application;

import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Flows;
import org.onecard.common.outcome.Outcome;
import org.onecard.identity.CurrentUser;
import org.onecard.terminal.TerminalPurpose;
import org.onecard.terminal.registry.application.Terminals;
import org.onecard.terminal.registry.domain.Terminal;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Finds a terminal in the user's scope (1002/1003 as the registry answers) that is a dispenser (8060). */
@Component
class Dispensers {

    private final Terminals terminals;

    Dispensers(Terminals terminals) {
        this.terminals = terminals;
    }

    Mono<Outcome<Terminal>> find(long terminalId, CurrentUser user) {
        return Flows.then(terminals.find(terminalId, user), t -> Mono.just(t.purpose() == TerminalPurpose.DISPENSER
                ? Outcome.done(t)
                : Outcome.refused(ResultCode.NOZZLE_TERMINAL_NOT_DISPENSER, "Terminal " + t.machineNo()
                        + " is a " + t.purpose() + " terminal, not a dispenser")));
    }
}
