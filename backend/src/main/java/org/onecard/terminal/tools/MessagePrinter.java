package org.onecard.terminal.tools;

import java.io.PrintStream;
import java.util.HexFormat;
import java.util.Map;
import org.onecard.common.text.Ascii;
import org.onecard.terminal.iso8583.FieldSpec;
import org.onecard.terminal.iso8583.IsoFormatException;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.iso8583.Macs;

/** Prints requests and replies field by field, with the frame in hex, for a person reading along. */
final class MessagePrinter {

    /** ISO 8583:1987 meanings of the field-39 codes the server sends (terminal-protocol.md §2.7). */
    static final Map<String, String> RESPONSES = Map.ofEntries(
            Map.entry("00", "approved"), Map.entry("03", "invalid merchant"), Map.entry("05", "do not honour"),
            Map.entry("12", "invalid transaction"), Map.entry("13", "invalid amount"),
            Map.entry("14", "invalid card number"), Map.entry("25", "unable to locate record"),
            Map.entry("30", "format error"), Map.entry("41", "lost card"), Map.entry("51", "insufficient funds"),
            Map.entry("54", "expired card"), Map.entry("55", "incorrect PIN"),
            Map.entry("57", "not permitted to cardholder"), Map.entry("58", "not permitted to terminal"),
            Map.entry("59", "suspected fraud"), Map.entry("61", "exceeds amount limit"),
            Map.entry("62", "restricted card"), Map.entry("63", "security violation"),
            Map.entry("64", "original amount incorrect"), Map.entry("65", "exceeds frequency limit"),
            Map.entry("75", "PIN tries exceeded"), Map.entry("82", "cylinder inspection overdue (private use)"),
            Map.entry("91", "issuer or switch inoperative"), Map.entry("94", "duplicate transmission"),
            Map.entry("95", "reconcile error"), Map.entry("96", "system malfunction"));

    /** What the product uses the private fields for (the field table only says "reserved private"). */
    private static final Map<Integer, String> PRODUCT_NAMES = Map.of(
            44, "Catalogue code (why it was refused)", 48, "Work-mode entry / offline records", 60, "Batch number",
            61, "Credential (not digits)", 62, "List request / list entries", 63, "Device serial");

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private final PrintStream out;

    MessagePrinter(PrintStream out) {
        this.out = out;
    }

    void request(String label, int trace, byte[] message, byte[] frame) {
        out.printf("> %s  trace %06d%n", label, trace);
        fields(message, null);
        out.println("    frame " + HEX.formatHex(frame));
    }

    void reply(byte[] message, long micros, byte[] key) {
        IsoMessage reply = decode(message);
        String code = reply == null || !reply.has(39) ? "--" : reply.text(39);
        out.printf("< %s  %s %s  %.1f ms  %s%n", reply == null ? "????" : reply.mti(), code,
                RESPONSES.getOrDefault(code, ""), micros / 1000.0, macCheck(message, key));
        fields(message, reply);
        out.println("    message " + HEX.formatHex(message));
    }

    void closed(long micros) {
        out.printf("< the server closed the connection without a reply (%.1f ms)%n", micros / 1000.0);
    }

    private void fields(byte[] message, IsoMessage decoded) {
        IsoMessage m = decoded != null ? decoded : decode(message);
        if (m == null) {
            return;
        }
        for (int field : m.fieldNumbers()) {
            FieldSpec spec = TerminalConnection.CODEC.table().spec(field);
            String value = spec.type() == FieldSpec.Type.BINARY ? HEX.formatHex(m.bytes(field)) : m.text(field);
            out.printf("    %3d  %-40s %s%s%n", field, PRODUCT_NAMES.getOrDefault(field, spec.description()), value,
                    note(m.mti(), field, value));
        }
    }

    private IsoMessage decode(byte[] message) {
        try {
            return TerminalConnection.CODEC.decode(message);
        } catch (IsoFormatException e) {
            out.println("    (does not decode: " + e.getMessage() + ")");
            return null;
        }
    }

    private static String macCheck(byte[] message, byte[] key) {
        if (key == null) {
            return "";
        }
        return switch (Macs.verify(key, message)) {
            case VALID -> "MAC ok";
            case MISMATCH -> "MAC WRONG";
            case MISSING -> "no MAC";
        };
    }

    /** Amounts in yuan, the balances of field 54 and a batch upload's results spelled out. */
    private static String note(String mti, int field, String value) {
        if (field == 48 && mti.equals("0330") && value.matches("(\\d{8})+")) {
            StringBuilder s = new StringBuilder("  (");
            for (int i = 0; i < value.length(); i += 8) {
                String code = value.substring(i + 6, i + 8);
                s.append(i == 0 ? "" : ", ").append("trace ").append(value, i, i + 6).append(' ').append(code)
                        .append(' ').append(RESPONSES.getOrDefault(code, ""));
            }
            return s.append(')').toString();
        }
        if (field == 4 && value.matches("\\d{12}")) {
            return "  (" + yuan(Long.parseLong(value)) + " yuan)";
        }
        if (field == 54 && value.matches("(\\d{7}[CD]\\d{12})+")) {
            StringBuilder s = new StringBuilder("  (");
            for (int i = 0; i < value.length(); i += 20) {
                String entry = value.substring(i, i + 20);
                String wallet = entry.startsWith("10") ? "cash" : entry.startsWith("20") ? "subsidy" : entry.substring(0, 2);
                long fen = Long.parseLong(entry.substring(8)) * (entry.charAt(7) == 'D' ? -1 : 1);
                s.append(i == 0 ? "" : ", ").append(wallet).append(' ').append(yuan(fen));
            }
            return s.append(")").toString();
        }
        return "";
    }

    private static String yuan(long fen) {
        return (fen < 0 ? "-" : "") + Math.abs(fen) / 100 + "." + Ascii.zeroPadded(Math.abs(fen) % 100, 2);
    }
}
