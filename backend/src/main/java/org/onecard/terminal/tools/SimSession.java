package org.onecard.terminal.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.onecard.terminal.iso8583.IsoFormatException;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.tools.SimOptions.UsageException;

/** One run of the simulator: one connection, an optional sign-on, then the command {@code --repeat} times. */
final class SimSession {

    private final SimOptions options;
    private final SimCommand command;
    private final PrintStream out;
    private final MessagePrinter printer;
    private final Map<String, Integer> codes = new TreeMap<>();
    private final List<Long> micros = new ArrayList<>();

    SimSession(SimOptions options, SimCommand command, PrintStream out) {
        this.options = options;
        this.command = command;
        this.out = out;
        this.printer = new MessagePrinter(out);
    }

    int run() throws UsageException, IOException {
        SimCommand signOn = SimCommands.named("sign-on").orElseThrow();
        boolean signOnFirst = command.signOnFirst() && options.serial() != null;
        SimState state = SimState.load(options.stateFile());
        // build once before connecting, so a bad argument costs no trace number and no connection
        command.builder().message(request(1, state.dry()));
        out.printf("terminal %s -> %s:%d%s%n", options.terminal(), options.host(), options.port(),
                options.key() == null ? "  (no --key: messages go without a MAC)" : "");
        try (TerminalConnection link = new TerminalConnection(options.host(), options.port(), options.tpdu(),
                options.timeout())) {
            if (signOnFirst) {
                int trace = state.next(options.terminal());
                if (!"00".equals(exchange(link, signOn, signOn.builder().message(request(trace, state)), trace))) {
                    return TerminalSim.NOT_APPROVED;
                }
            }
            if (options.operator() != null && !operatorSignOn(link, state)) {
                return TerminalSim.NOT_APPROVED;
            }
            byte[] fixed = null;
            for (int i = 0; i < options.repeat(); i++) {
                int trace = options.trace() != null ? options.trace() : state.next(options.terminal());
                byte[] message = fixed != null ? fixed : command.builder().message(request(trace, state));
                fixed = options.trace() != null ? message : null;
                rememberPurchase(state, message);
                String code = exchange(link, command, message, trace);
                codes.merge(code, 1, Integer::sum);
                if (code.equals("closed")) {
                    break;
                }
            }
            if (options.trace() != null) {
                state.used(options.terminal(), options.trace());
            }
        }
        summary();
        return codes.keySet().stream().allMatch("00"::equals) ? TerminalSim.APPROVED : TerminalSim.NOT_APPROVED;
    }

    /** {@code --operator NO:PASSWORD}: the operator signs on first, on this connection (§2.8). */
    private boolean operatorSignOn(TerminalConnection link, SimState state) throws UsageException, IOException {
        SimCommand operatorSignOn = SimCommands.named("operator-sign-on").orElseThrow();
        String[] parts = options.operator().split(":");
        int trace = state.next(options.terminal());
        byte[] message = request(trace, state).signed(TerminalMessages.operatorSignOn(options.terminal(), trace,
                parts[0], parts[1]));
        return "00".equals(exchange(link, operatorSignOn, message, trace));
    }

    private SimCommand.Request request(int trace, SimState state) {
        return new SimCommand.Request(options, trace, ZonedDateTime.now(TerminalMessages.ZONE), state);
    }

    /** A purchase is kept in the state file before it is sent, so that {@code reverse} can name it even when no reply came. */
    private static void rememberPurchase(SimState state, byte[] message) throws IOException {
        try {
            IsoMessage m = TerminalConnection.CODEC.decode(message);
            if (m.mti().equals("0200") && "000000".equals(m.text(3)) && m.has(11) && m.has(41)) {
                state.rememberPurchase(m);
            }
        } catch (IsoFormatException e) {
            // raw bytes that do not decode are no purchase
        }
    }

    /** Field 39 of the reply, "??" when it has none, "closed" when the server closed the connection. */
    private String exchange(TerminalConnection link, SimCommand sent, byte[] message, int trace) throws IOException {
        printer.request(sent.name(), trace, message, link.frame(message));
        long start = System.nanoTime();
        link.send(message);
        byte[] reply = link.readMessage();
        long took = (System.nanoTime() - start) / 1000;
        micros.add(took);
        if (reply == null) {
            printer.closed(took);
            return "closed";
        }
        printer.reply(reply, took, options.key());
        try {
            IsoMessage decoded = TerminalConnection.CODEC.decode(reply);
            return decoded.has(39) ? decoded.text(39) : "??";
        } catch (IsoFormatException e) {
            return "??";
        }
    }

    private void summary() {
        if (options.repeat() == 1) {
            return;
        }
        List<Long> sorted = micros.stream().sorted().toList();
        out.printf("%d exchanges; field 39: %s; latency min %.1f ms, median %.1f ms, max %.1f ms%n", sorted.size(),
                codes, sorted.get(0) / 1000.0, sorted.get(sorted.size() / 2) / 1000.0,
                sorted.get(sorted.size() - 1) / 1000.0);
    }
}
