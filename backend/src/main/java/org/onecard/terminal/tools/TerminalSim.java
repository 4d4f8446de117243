package org.onecard.terminal.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.net.SocketTimeoutException;
import java.util.Optional;
import org.onecard.terminal.tools.SimOptions.UsageException;

/**
 * {@code make terminal-sim ARGS="purchase 6201000012345678 1250 --terminal 1 --key … --outlet 1"}:
 * a terminal on the command line. It connects, signs on first when {@code --serial} is given,
 * sends the command's request {@code --repeat} times and prints every request and reply.
 * Exit code: 0 every reply approved (39 = 00), 1 a reply was not (or the server closed the
 * connection), 2 a usage error, 3 the server could not be reached or did not answer in time.
 */
public final class TerminalSim {

    static final int APPROVED = 0;
    static final int NOT_APPROVED = 1;
    static final int USAGE = 2;
    static final int UNREACHABLE = 3;

    private TerminalSim() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs one command line; returns the exit code instead of exiting (tests call this). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 1 && (args[0].equals("help") || args[0].equals("--help"))) {
            usage(out);
            return APPROVED;
        }
        try {
            SimOptions options = SimOptions.parse(args);
            SimCommand command = SimCommands.named(options.command())
                    .orElseThrow(() -> new UsageException("unknown command '" + options.command() + "'"));
            command.checkArity(options.args());
            return new SimSession(options, command, out).run();
        } catch (UsageException e) {
            err.println("terminal-sim: " + e.getMessage());
            usage(err);
            return USAGE;
        } catch (SocketTimeoutException e) {
            err.println("terminal-sim: no reply in time (" + e.getMessage() + ")");
            return UNREACHABLE;
        } catch (IOException e) {
            err.println("terminal-sim: " + e);
            return UNREACHABLE;
        }
    }

    static void usage(PrintStream out) {
        out.println("usage: terminal-sim <command> [arguments] --terminal <machine no | 8-digit code> [options]");
        out.println("commands:");
        for (SimCommand c : SimCommands.ALL) {
            out.printf("  %-36s %s%n", c.synopsis(), c.description());
        }
        out.println("options:");
        out.println("  --host <host>        server (127.0.0.1)          --port <port>     terminal port (9100)");
        out.println("  --key <hex>          the terminal's MAC key, shown once at registration; without it nothing is signed");
        out.println("  --serial <serial>    the device serial; when given, the simulator signs on first");
        out.println("  --outlet <id>        the terminal's outlet id, for field 42");
        out.println("  --tpdu <10 hex>      send a TPDU header, e.g. 6000010000 (the server's tpdu switch must be on)");
        out.println("  --trace <n>          the trace number (1-999999) to use again, e.g. to retry; by default the next");
        out.println("                       after the last one used, remembered per terminal in --state <file>");
        out.println("                       (" + Optional.ofNullable(System.getProperty("user.home")).orElse("~")
                + "/.onecard/terminal-sim.properties)");
        out.println("  --field N=value      set field N on the request (hex for a binary field; N= leaves it out), e.g. the");
        out.println("                       work-mode entry --field 48=KY0017 or the overdraft PIN block --field 52=26123456FFFFFFFF");
        out.println("                       or a cardholder PIN block (field 63, §2.8) --field 63=26246810FFFFFFFF");
        out.println("  --operator NO:PW     sign the terminal operator on first, on the same connection (§2.8)");
        out.println("  --batch <n>          the offline batch number (field 60) for offline, upload and settle (1)");
        out.println("  --repeat <n>         send it n times (new trace each time; with --trace the same request again)");
        out.println("  --timeout <seconds>  connect and reply timeout (10)");
        out.println("exit code: 0 all approved, 1 a reply other than 00, 2 usage error, 3 server unreachable or silent");
    }
}
