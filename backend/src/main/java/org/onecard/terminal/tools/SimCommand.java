package org.onecard.terminal.tools;

import java.io.IOException;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.List;
import org.onecard.terminal.iso8583.Frames;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.iso8583.Tpdu;
import org.onecard.terminal.tools.SimOptions.UsageException;

/**
 * One simulator command: its name, its arguments, and how it builds the message it sends.
 * {@link SimCommands} lists them all; a new message type is one more entry there.
 *
 * @param signOnFirst sign on first on the same connection when {@code --serial} is given
 */
record SimCommand(String name, String arguments, String description, int minArgs, int maxArgs,
                  boolean signOnFirst, Builder builder) {

    /** Builds the message bytes (MTI onward) for one request. */
    @FunctionalInterface
    interface Builder {
        byte[] message(Request request) throws UsageException;
    }

    String synopsis() {
        return (name + " " + arguments).trim();
    }

    /** What a builder gets: the command line, the trace this request uses, and what the simulator remembers. */
    record Request(SimOptions options, int trace, ZonedDateTime now, SimState state) {

        String code() {
            return options.terminal();
        }

        /** Another trace of the terminal's counter (a batch upload's records have their own). */
        int nextTrace() throws UsageException {
            try {
                return state.next(code());
            } catch (IOException e) {
                throw new UsageException("cannot write the state file " + options.stateFile() + ": " + e.getMessage());
            }
        }

        String arg(int index) {
            return options.args().get(index);
        }

        /** Field 2 is numeric: a card serial or card number in digits. */
        String credential(int index) throws UsageException {
            return checkCredential(arg(index));
        }

        long amountFen(int index) throws UsageException {
            return checkAmount(arg(index));
        }

        /** A record count (settlement's field 76 holds 10 digits). */
        long count(int index) throws UsageException {
            if (!arg(index).matches("\\d{1,10}")) {
                throw new UsageException("a count is a whole number of at most 10 digits: " + arg(index));
            }
            return Long.parseLong(arg(index));
        }

        /** Digits go in field 2, anything else in field 61 (1 to 64 printable characters). */
        static String checkCredential(String credential) throws UsageException {
            if (!credential.matches("\\d{1,19}|[\\x20-\\x7E]{1,64}") || credential.matches("\\d{20,}")) {
                throw new UsageException("a credential is 1 to 19 digits (field 2) or 1 to 64 printable characters"
                        + " (field 61): " + credential);
            }
            return credential;
        }

        static long checkAmount(String text) throws UsageException {
            try {
                long fen = Long.parseLong(text);
                if (fen >= 0 && fen <= TerminalMessages.MAX_AMOUNT_FEN) {
                    return fen;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new UsageException("an amount is whole fen, 0 to " + TerminalMessages.MAX_AMOUNT_FEN + ": " + text);
        }

        long outlet() throws UsageException {
            if (options.outletId() == null) {
                throw new UsageException("--outlet is required: the terminal's outlet id goes in field 42");
            }
            return options.outletId();
        }

        byte[] hex(int index) throws UsageException {
            try {
                byte[] bytes = HexFormat.of().parseHex(arg(index).replaceAll("\\s", ""));
                int room = Frames.MAX_BODY_BYTES - (options.tpdu().isPresent() ? Tpdu.BYTES : 0);
                if (bytes.length > 0 && bytes.length <= room) {
                    return bytes;
                }
            } catch (IllegalArgumentException e) {
                // reported below
            }
            throw new UsageException("raw needs the message as hex digits (MTI onward, at most " + Frames.MAX_BODY_BYTES
                    + " bytes): " + arg(index));
        }

        /**
         * The message with the {@code --field} values laid over it and its MAC under {@code --key};
         * without a key it goes unsigned (and the server says so).
         */
        byte[] signed(IsoMessage message) throws UsageException {
            try {
                IsoMessage.Builder b = message.toBuilder();
                for (SimOptions.ExtraField f : options.fields()) {
                    if (f.remove()) {
                        b.remove(f.number());
                    } else if (f.binary()) {
                        b.set(f.number(), HexFormat.of().parseHex(f.value()));
                    } else {
                        b.set(f.number(), f.value());
                    }
                }
                return TerminalConnection.encode(b.build(), options.key());
            } catch (IllegalArgumentException e) {
                throw new UsageException("cannot encode the message: " + e.getMessage());
            }
        }
    }

    void checkArity(List<String> args) throws UsageException {
        if (args.size() < minArgs || args.size() > maxArgs) {
            String count = minArgs == maxArgs ? Integer.toString(minArgs) : minArgs + " to " + maxArgs;
            throw new UsageException(name + " takes " + count + " argument" + (maxArgs == 1 ? "" : "s")
                    + (arguments.isEmpty() ? "" : ": " + arguments) + ", got " + args.size());
        }
    }
}
