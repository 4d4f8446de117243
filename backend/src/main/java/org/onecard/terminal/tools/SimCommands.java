package org.onecard.terminal.tools;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.onecard.common.text.Ascii;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.tools.SimCommand.Request;
import org.onecard.terminal.tools.SimOptions.UsageException;
import org.onecard.terminal.tools.TerminalMessages.OfflineRecord;

/**
 * Every command the simulator knows, in the order `help` lists them: one entry each (name,
 * arguments, what it sends, argument count, whether it signs on first, how it builds the
 * message). A new message type is one more entry here.
 */
final class SimCommands {

    static final List<SimCommand> ALL = List.of(
            new SimCommand("sign-on", "", "0800 sign-on (field 70 = 001); needs --serial", 0, 0, false,
                    r -> r.signed(TerminalMessages.signOn(r.code(), r.trace(), serial(r)))),
            new SimCommand("sign-off", "", "0800 sign-off (field 70 = 002)", 0, 0, true,
                    r -> r.signed(TerminalMessages.signOff(r.code(), r.trace()))),
            new SimCommand("echo", "", "0800 echo / heartbeat (field 70 = 301)", 0, 0, true,
                    r -> r.signed(TerminalMessages.echo(r.code(), r.trace()))),
            new SimCommand("purchase", "<credential> <amountFen>", "0200 purchase (processing code 000000); needs --outlet",
                    2, 2, true, r -> r.signed(TerminalMessages.purchase(r.code(), r.trace(), r.credential(0),
                            r.amountFen(1), r.outlet(), r.now()))),
            new SimCommand("balance", "<credential>", "0200 balance enquiry (processing code 310000)", 1, 1, true,
                    r -> r.signed(TerminalMessages.balance(r.code(), r.trace(), r.credential(0),
                            r.options().outletId()))),
            new SimCommand("claim", "<credential>", "0200 subsidy claim (processing code 170000)", 1, 1, true,
                    r -> r.signed(TerminalMessages.subsidyClaim(r.code(), r.trace(), r.credential(0),
                            r.options().outletId()))),
            new SimCommand("reverse", "[trace]", "0400 reversal of a purchase this simulator sent (default: the last)",
                    0, 1, true, SimCommands::reversal),
            new SimCommand("operator-sign-on", "<no> <password>", "0800 operator sign-on (field 70 = 101); to sell as"
                    + " the operator, use --operator with the sale instead", 2, 2, true, SimCommands::operatorSignOn),
            new SimCommand("operator-sign-off", "", "0800 operator sign-off (field 70 = 102)", 0, 0, true,
                    r -> r.signed(TerminalMessages.operatorSignOff(r.code(), r.trace()))),
            new SimCommand("void", "<credential> <amountFen> <reference> <supervisorPassword>", "0200 void of the sale"
                    + " with that retrieval reference (processing code 200000); needs --outlet", 4, 4, true,
                    SimCommands::voidSale),
            new SimCommand("correct", "<credential> <adminCardSerial>", "0200 correction at the terminal of the card's"
                    + " last sale (processing code 220000); needs --outlet", 2, 2, true,
                    r -> r.signed(TerminalMessages.correction(r.code(), r.trace(), r.credential(0), r.arg(1),
                            r.outlet(), r.now()))),
            new SimCommand("offline", "<credential> <amountFen>", "0220 offline advice, taken now; --batch, --outlet",
                    2, 2, true, r -> r.signed(TerminalMessages.offlineAdvice(r.code(), r.trace(), r.credential(0),
                            r.amountFen(1), r.outlet(), r.now(), r.options().batch()))),
            new SimCommand("upload", "<credential>:<amountFen>...", "0320 batch upload, one offline record each"
                    + " (a trace of its own each); --batch, --outlet", 1, 23, true, SimCommands::upload),
            new SimCommand("settle", "<count> <amountFen>", "0500 settlement totals of --batch; --outlet", 2, 2, true,
                    r -> r.signed(TerminalMessages.settlement(r.code(), r.trace(), r.outlet(), r.options().batch(),
                            r.count(0), r.amountFen(1)))),
            new SimCommand("list", "<WHITELIST|BLACKLIST|FACE|ADMIN_CARD|OPERATOR_CARD> [version] [maxEntries] [cursor]",
                    "0300 list download from a version (default 0: the whole list), at most maxEntries (100)", 1, 4,
                    true, SimCommands::list),
            new SimCommand("raw", "<hex>", "send these message bytes (MTI onward, MAC included) as they are", 1, 1,
                    false, r -> r.hex(0)));

    private SimCommands() {
    }

    static Optional<SimCommand> named(String name) {
        return ALL.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    private static String serial(Request r) throws UsageException {
        if (r.options().serial() == null) {
            throw new UsageException("sign-on needs --serial, the device serial registered for the terminal");
        }
        return r.options().serial();
    }

    private static byte[] operatorSignOn(Request r) throws UsageException {
        if (!r.arg(0).matches("\\d{2}") || !r.arg(1).matches("\\d{4,12}")) {
            throw new UsageException("operator-sign-on takes a 2-digit operator number and a password of 4 to 12 digits");
        }
        return r.signed(TerminalMessages.operatorSignOn(r.code(), r.trace(), r.arg(0), r.arg(1)));
    }

    private static byte[] voidSale(Request r) throws UsageException {
        if (!r.arg(2).matches("\\d{12}") || !r.arg(3).matches("\\d{4,12}")) {
            throw new UsageException("void takes the sale's 12-digit retrieval reference (its field 37) and the"
                    + " supervisor's password of 4 to 12 digits");
        }
        return r.signed(TerminalMessages.voidSale(r.code(), r.trace(), r.credential(0), r.amountFen(1), r.arg(2),
                r.arg(3), r.outlet(), r.now()));
    }

    private static byte[] reversal(Request r) throws UsageException {
        String trace = r.options().args().isEmpty() ? null : r.arg(0);
        if (trace != null && !trace.matches("\\d{1,6}")) {
            throw new UsageException("reverse takes the trace of the purchase to reverse: " + trace);
        }
        IsoMessage original = r.state().purchase(r.code(), trace == null ? null
                : Ascii.zeroPadded(Integer.parseInt(trace), 6)).orElseThrow(() -> new UsageException("no purchase " + (trace == null
                ? "" : "with trace " + trace + " ") + "from terminal " + r.code() + " in " + r.options().stateFile()
                + " (the simulator reverses the purchases it sent itself)"));
        return r.signed(TerminalMessages.reversal(r.code(), r.trace(), original));
    }

    private static byte[] list(Request r) throws UsageException {
        List<String> args = r.options().args();
        long[] numbers = {0, 100, 0};
        long[] limits = {999_999_999_999L, 999, 999_999_999_999L};
        for (int i = 1; i < args.size(); i++) {
            if (!args.get(i).matches("\\d{1,12}") || Long.parseLong(args.get(i)) > limits[i - 1]) {
                throw new UsageException("list's version, maxEntries (0-999) and cursor are whole numbers: " + args.get(i));
            }
            numbers[i - 1] = Long.parseLong(args.get(i));
        }
        return r.signed(TerminalMessages.listDownload(r.code(), r.trace(), args.get(0), numbers[0], (int) numbers[1],
                numbers[2]));
    }

    private static byte[] upload(Request r) throws UsageException {
        List<OfflineRecord> records = new ArrayList<>();
        for (String arg : r.options().args()) {
            String[] parts = arg.split(":", -1);
            if (parts.length != 2) {
                throw new UsageException("an upload record is <credential>:<amountFen>: " + arg);
            }
            records.add(new OfflineRecord(r.nextTrace(), r.now(), Request.checkAmount(parts[1]),
                    Request.checkCredential(parts[0])));
        }
        try {
            return r.signed(TerminalMessages.batchUpload(r.code(), r.trace(), r.outlet(), r.options().batch(), records));
        } catch (IllegalArgumentException e) {
            throw new UsageException("too many records for one message: " + e.getMessage());
        }
    }
}
