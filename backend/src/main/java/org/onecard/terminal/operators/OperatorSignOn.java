package org.onecard.terminal.operators;

import java.util.regex.Pattern;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Outcome;
import org.onecard.terminal.TerminalAuth;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.iso8583.PinBlock;
import org.onecard.terminal.operators.domain.TerminalOperator;
import org.onecard.terminal.server.NetworkManagementAct;
import org.onecard.terminal.server.TerminalSession;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * 0800 field 70 = 101, operator sign-on: field 62 the operator number (2 digits), field 52 the
 * password as a PIN block. Missing or unreadable fields are a format error (1001, "30"); then
 * {@link OperatorPasswords}. On "00" the connection's sales record the operator until another signs
 * on, the operator signs off (102) or the terminal does (002).
 */
@Component
class OperatorSignOn implements NetworkManagementAct {

    static final String CODE = "101";
    private static final Pattern NUMBER = Pattern.compile("[0-9]{2}");

    private final OperatorPasswords passwords;

    OperatorSignOn(OperatorPasswords passwords) {
        this.passwords = passwords;
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Mono<ResultCode> act(IsoMessage request, TerminalSession session) {
        TerminalAuth auth = session.terminal().orElseThrow();
        String number = request.text(62);
        String password;
        try {
            password = PinBlock.digits(request.bytes(52));
        } catch (IllegalArgumentException e) {
            return Mono.just(ResultCode.VALIDATION_FAILED);
        }
        if (number == null || !NUMBER.matcher(number).matches()) {
            return Mono.just(ResultCode.VALIDATION_FAILED);
        }
        return passwords.check(auth.id(), number, password).map(outcome -> {
            if (outcome instanceof Outcome.Done<TerminalOperator> op) {
                session.operatorSignedOn(op.value().id());
                return ResultCode.OK;
            }
            return ((Outcome.Refused<TerminalOperator>) outcome).code();
        });
    }

    /** 0800 field 70 = 102: the operator signs off; the terminal stays signed on. */
    @Component
    static class SignOff implements NetworkManagementAct {

        @Override
        public String code() {
            return "102";
        }

        @Override
        public Mono<ResultCode> act(IsoMessage request, TerminalSession session) {
            session.operatorSignedOn(null);
            session.rechargeOperatorSignedOn(null);
            return Mono.just(ResultCode.OK);
        }
    }
}
