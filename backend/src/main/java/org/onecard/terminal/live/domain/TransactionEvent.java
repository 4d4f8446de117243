package org.onecard.terminal.live.domain;

import java.time.Instant;
import org.onecard.terminal.TerminalAuth;
import org.onecard.terminal.iso8583.IsoMessage;

/**
 * A terminal transaction as the live monitor shows it, taken from the request and the reply the
 * terminal got.
 *
 * @param at           when the server answered
 * @param card         the card serial (field 2) masked to its last four characters
 * @param amountFen    the amount charged (reply field 4), else the amount asked; null when none
 * @param responseCode the reply's field 39
 * @param reference    the retrieval reference (field 37) of an approval
 */
public record TransactionEvent(
        Instant at,
        long terminalId,
        String terminalCode,
        int machineNo,
        long outletId,
        TransactionKind kind,
        String card,
        Long amountFen,
        String responseCode,
        String trace,
        String reference) {

    public static final String APPROVED = "00";
    private static final int SHOWN = 4;

    public static TransactionEvent of(TerminalAuth terminal, IsoMessage request, IsoMessage reply, Instant at) {
        return new TransactionEvent(at, terminal.id(), terminal.code(), terminal.machineNo(), terminal.outletId(),
                TransactionKind.of(request.mti(), request.text(3)), mask(request.text(2)), amount(request, reply),
                reply.text(39), request.text(11), reply.text(37));
    }

    public boolean approved() {
        return APPROVED.equals(responseCode);
    }

    /** Only the last four characters: enough to tell cards apart on screen, not to pay with one. */
    static String mask(String serial) {
        if (serial == null || serial.isBlank()) {
            return null;
        }
        String s = serial.trim();
        return "****" + (s.length() > SHOWN ? s.substring(s.length() - SHOWN) : "");
    }

    private static Long amount(IsoMessage request, IsoMessage reply) {
        String text = reply.has(4) ? reply.text(4) : request.text(4);
        try {
            return text == null ? null : Long.parseLong(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
