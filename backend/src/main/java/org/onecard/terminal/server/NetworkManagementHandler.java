package org.onecard.terminal.server;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.onecard.common.error.ResultCode;
import org.onecard.common.time.BusinessClock;
import org.onecard.terminal.TerminalAuth;
import org.onecard.terminal.iso8583.IsoMessage;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * 0800/0810 network management, field 70: 001 sign-on (field 63 = device serial, MAC required),
 * 002 sign-off, 301 echo (only when signed on; MAC optional), and the codes of the
 * {@link NetworkManagementAct}s others add (MAC required; 101 operator sign-on). The reply echoes
 * 11, 41, 62 and 70 and carries the server's local time in 12 and 13.
 */
@Component
public class NetworkManagementHandler implements MessageHandler {

    public static final String SIGN_ON = "001";
    public static final String SIGN_OFF = "002";
    public static final String ECHO = "301";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmmss");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMdd");

    private final BusinessClock clock;
    private final Map<String, NetworkManagementAct> acts;

    public NetworkManagementHandler(BusinessClock clock, List<NetworkManagementAct> acts) {
        this.clock = clock;
        this.acts = acts.stream().collect(Collectors.toUnmodifiableMap(NetworkManagementAct::code, a -> a));
    }

    @Override
    public boolean handles(String mti) {
        return "0800".equals(mti);
    }

    @Override
    public boolean requiresMac(IsoMessage request) {
        return !ECHO.equals(request.text(70));
    }

    @Override
    public Mono<IsoMessage> handle(IsoMessage request, TerminalSession session) {
        String code = request.text(70);
        NetworkManagementAct act = code == null ? null : acts.get(code);
        if (act != null) {
            return act.act(request, session).map(result -> {
                IsoMessage.Builder reply = reply(request, result.isoResponse(), code);
                return (result == ResultCode.OK ? reply : reply.set(44, Integer.toString(result.code()))).build();
            });
        }
        String result = code == null ? ResponseCodes.FORMAT_ERROR : switch (code) {
            case SIGN_ON -> signOn(request, session);
            case SIGN_OFF -> {
                session.signOff();
                yield ResponseCodes.APPROVED;
            }
            case ECHO -> session.signedOn() ? ResponseCodes.APPROVED : ResponseCodes.NOT_PERMITTED_TO_TERMINAL;
            default -> ResponseCodes.INVALID_TRANSACTION;
        };
        return Mono.just(reply(request, result, code).build());
    }

    private IsoMessage.Builder reply(IsoMessage request, String result, String code) {
        ZonedDateTime now = clock.now().atZone(clock.zone());
        IsoMessage.Builder reply = Replies.to(request, result).set(12, TIME.format(now)).set(13, DATE.format(now));
        if (code != null) {
            reply.set(70, code);
        }
        if (request.has(62)) {
            reply.set(62, request.text(62));
        }
        return reply;
    }

    private static String signOn(IsoMessage request, TerminalSession session) {
        String serial = session.terminal().map(TerminalAuth::serial).orElse(null);
        if (serial == null || !serial.equals(request.text(63))) {
            session.signOff();
            session.requestClose();
            return ResponseCodes.SECURITY_VIOLATION;
        }
        session.signOn();
        return ResponseCodes.APPROVED;
    }
}
