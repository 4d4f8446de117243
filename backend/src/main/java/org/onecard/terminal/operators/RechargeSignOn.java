package org.onecard.terminal.operators;

import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Outcome;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.iso8583.PinBlock;
import org.onecard.terminal.server.NetworkManagementAct;
import org.onecard.terminal.server.TerminalSession;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * 0800 field 70 = 103, recharge operator sign-on with an authorisation card (§2.9): field 2 the
 * card's serial, field 52 its PIN as a format 2 PIN block. Missing or unreadable: "30"; then
 * {@link RechargeOperators#signOn}. On "00" the connection's recharges and cash-outs record the
 * operator until another signs on, 102 (operator sign-off) or 002 (terminal sign-off); a refusal
 * signs the previous one off too, so a till is never left in someone else's name.
 */
@Component
class RechargeSignOn implements NetworkManagementAct {

    private final RechargeOperators operators;

    RechargeSignOn(RechargeOperators operators) {
        this.operators = operators;
    }

    @Override
    public String code() {
        return "103";
    }

    @Override
    public Mono<ResultCode> act(IsoMessage request, TerminalSession session) {
        String serial = request.has(2) ? request.text(2).trim() : null;
        String pin;
        try {
            pin = PinBlock.digits(request.bytes(52));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Mono.just(ResultCode.VALIDATION_FAILED);
        }
        if (serial == null || serial.isEmpty()) {
            return Mono.just(ResultCode.VALIDATION_FAILED);
        }
        session.rechargeOperatorSignedOn(null);
        return operators.signOn(serial, pin).map(outcome -> {
            if (outcome instanceof Outcome.Done<Long> op) {
                session.rechargeOperatorSignedOn(op.value());
                return ResultCode.OK;
            }
            return ((Outcome.Refused<Long>) outcome).code();
        });
    }
}
