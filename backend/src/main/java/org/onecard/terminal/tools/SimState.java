package org.onecard.terminal.tools;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.StringJoiner;
import org.onecard.terminal.iso8583.IsoMessage;

/**
 * What the simulator remembers between runs, per terminal, in a small properties file: the last
 * trace number used (the next run takes the next one; traces run 1..999999 and start again), and
 * the last purchases sent, so that {@code reverse} can repeat an original's fields exactly.
 */
final class SimState {

    /** Purchases kept per terminal for {@code reverse}. */
    static final int PURCHASES_KEPT = 20;
    private static final int[] PURCHASE_FIELDS = {2, 3, 4, 11, 12, 13, 41, 42, 48, 61};

    private final Path file;
    private final Properties values;
    private final boolean saves;

    private SimState(Path file, Properties values, boolean saves) {
        this.file = file;
        this.values = values;
        this.saves = saves;
    }

    static SimState load(Path file) throws IOException {
        Properties values = new Properties();
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file)) {
                values.load(in);
            }
        }
        return new SimState(file, values, true);
    }

    /** A copy that reads the same but writes nothing to the file: for checking a command line before sending. */
    SimState dry() {
        Properties copy = new Properties();
        copy.putAll(values);
        return new SimState(file, copy, false);
    }

    /** The next trace for the terminal, remembered at once. */
    int next(String code) throws IOException {
        int next = last(code) % TerminalMessages.MAX_TRACE + 1;
        put(code, Integer.toString(next));
        return next;
    }

    /** A trace given on the command line: later runs continue after it unless they already were past it. */
    void used(String code, int trace) throws IOException {
        if (trace > last(code)) {
            put(code, Integer.toString(trace));
        }
    }

    int last(String code) {
        try {
            return Integer.parseInt(values.getProperty(code, "0"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    void rememberPurchase(IsoMessage purchase) throws IOException {
        String code = purchase.text(41);
        StringJoiner fields = new StringJoiner(";");
        for (int field : PURCHASE_FIELDS) {
            if (purchase.has(field)) {
                fields.add(field + "=" + purchase.text(field));
            }
        }
        values.setProperty(code + ".purchase." + purchase.text(11), fields.toString());
        int oldest = Integer.parseInt(purchase.text(11)) - PURCHASES_KEPT;
        values.stringPropertyNames().stream().filter(k -> k.startsWith(code + ".purchase."))
                .filter(k -> Integer.parseInt(k.substring(k.lastIndexOf('.') + 1)) <= oldest)
                .forEach(values::remove);
        put(code + ".last-purchase", purchase.text(11));
    }

    /** A purchase this simulator sent from the terminal: the one with that trace, or the last when null. */
    Optional<IsoMessage> purchase(String code, String trace) {
        String which = trace != null ? trace : values.getProperty(code + ".last-purchase");
        String fields = which == null ? null : values.getProperty(code + ".purchase." + which);
        if (fields == null) {
            return Optional.empty();
        }
        IsoMessage.Builder m = IsoMessage.builder("0200");
        for (String entry : fields.split(";")) {
            int eq = entry.indexOf('=');
            m.set(Integer.parseInt(entry.substring(0, eq)), entry.substring(eq + 1));
        }
        return Optional.of(m.build());
    }

    private void put(String key, String value) throws IOException {
        values.setProperty(key, value);
        if (!saves) {
            return;
        }
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        try (Writer out = Files.newBufferedWriter(file)) {
            values.store(out, "onecard terminal-sim: last trace per terminal (field 41), recent purchases for reverse");
        }
    }
}
