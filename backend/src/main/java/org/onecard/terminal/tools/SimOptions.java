package org.onecard.terminal.tools;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.onecard.terminal.iso8583.FieldSpec;
import org.onecard.terminal.iso8583.Tpdu;

/**
 * The simulator's command line: a command, its arguments, and options anywhere among them
 * ({@code --name value} or {@code --name=value}). Every value is checked here; a wrong one is a
 * {@link UsageException} naming it.
 */
record SimOptions(
        String command,
        List<String> args,
        String host,
        int port,
        String terminal,
        String serial,
        byte[] key,
        Long outletId,
        Optional<Tpdu> tpdu,
        Integer trace,
        int repeat,
        int batch,
        Path stateFile,
        Duration timeout,
        List<ExtraField> fields,
        String operator) {

    /** {@code --field N=value} (hex for a binary field) or {@code --field N=} (leave field N out). */
    record ExtraField(int number, String value, boolean binary) {
        boolean remove() {
            return value.isEmpty();
        }
    }

    static final int MAX_REPEAT = 10_000;
    static final Set<String> NAMES = Set.of("host", "port", "terminal", "serial", "key", "outlet", "tpdu", "trace",
            "repeat", "batch", "state", "timeout", "field", "operator");

    /** A command line the simulator cannot run; the message says what to fix. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    static SimOptions parse(String[] argv) throws UsageException {
        Map<String, String> options = new HashMap<>();
        List<String> positional = new ArrayList<>();
        List<ExtraField> fields = new ArrayList<>();
        for (int i = 0; i < argv.length; i++) {
            String arg = argv[i];
            if (!arg.startsWith("--")) {
                positional.add(arg);
                continue;
            }
            int eq = arg.indexOf('=');
            String name = arg.substring(2, eq < 0 ? arg.length() : eq);
            if (!NAMES.contains(name)) {
                throw new UsageException("unknown option --" + name);
            }
            if (eq < 0 && i + 1 >= argv.length) {
                throw new UsageException("--" + name + " needs a value");
            }
            String value = eq < 0 ? argv[++i] : arg.substring(eq + 1);
            if (name.equals("field")) {
                fields.add(field(value));
            } else {
                options.put(name, value);
            }
        }
        if (positional.isEmpty()) {
            throw new UsageException("no command given");
        }
        return of(positional.get(0), positional.subList(1, positional.size()), options, fields);
    }

    private static ExtraField field(String text) throws UsageException {
        int eq = text.indexOf('=');
        if (eq > 0 && text.substring(0, eq).matches("\\d{1,3}")) {
            int number = Integer.parseInt(text.substring(0, eq));
            FieldSpec spec = TerminalConnection.CODEC.table().spec(number);
            String value = text.substring(eq + 1);
            boolean binary = spec != null && spec.type() == FieldSpec.Type.BINARY;
            if (spec != null && number != 64 && number != 128 && (!binary || value.matches("([0-9A-Fa-f]{2})*"))) {
                return new ExtraField(number, value, binary);
            }
        }
        throw new UsageException("--field is N=value for a field 2-127 (hex for a binary field; N= leaves it out): "
                + text);
    }

    private static SimOptions of(String command, List<String> args, Map<String, String> o, List<ExtraField> fields)
            throws UsageException {
        String terminal = o.get("terminal");
        if (terminal == null) {
            throw new UsageException("--terminal is required (machine number 1-999 or the 8-digit code)");
        }
        try {
            terminal = TerminalMessages.terminalCode(terminal);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--terminal: " + e.getMessage());
        }
        return new SimOptions(command, List.copyOf(args), o.getOrDefault("host", "127.0.0.1"),
                number(o, "port", 9100, 1, 65_535), terminal, o.get("serial"), key(o.get("key")),
                o.containsKey("outlet") ? (long) number(o, "outlet", 0, 1, Integer.MAX_VALUE) : null,
                tpdu(o.get("tpdu")),
                o.containsKey("trace") ? number(o, "trace", 0, 1, TerminalMessages.MAX_TRACE) : null,
                number(o, "repeat", 1, 1, MAX_REPEAT),
                number(o, "batch", 1, 0, 999_999),
                Path.of(o.getOrDefault("state", Path.of(System.getProperty("user.home"), ".onecard",
                        "terminal-sim.properties").toString())),
                Duration.ofSeconds(number(o, "timeout", 10, 1, 600)), List.copyOf(fields), operator(o.get("operator")));
    }

    private static int number(Map<String, String> o, String name, int fallback, int min, int max)
            throws UsageException {
        String value = o.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--" + name + " must be a whole number from " + min + " to " + max + ": " + value);
    }

    /** {@code --operator 01:1234}: the operator number and password to sign on with before the command. */
    private static String operator(String value) throws UsageException {
        if (value != null && !value.matches("\\d{2}:\\d{4,12}")) {
            throw new UsageException("--operator is NO:PASSWORD, a 2-digit operator number and 4 to 12 digits: " + value);
        }
        return value;
    }

    private static byte[] key(String hex) throws UsageException {
        if (hex == null) {
            return null;
        }
        try {
            byte[] key = HexFormat.of().parseHex(hex.trim());
            if (key.length > 0) {
                return key;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new UsageException("--key must be the terminal's MAC key in hex (64 hex digits)");
    }

    /** {@code --tpdu 6000010000}: ID 60, destination 0001, source 0000. */
    private static Optional<Tpdu> tpdu(String hex) throws UsageException {
        if (hex == null) {
            return Optional.empty();
        }
        if (!hex.matches("60[0-9A-Fa-f]{8}")) {
            throw new UsageException("--tpdu must be 10 hex digits starting with 60, e.g. 6000010000");
        }
        return Optional.of(new Tpdu(Integer.parseInt(hex.substring(2, 6), 16), Integer.parseInt(hex.substring(6), 16)));
    }
}
