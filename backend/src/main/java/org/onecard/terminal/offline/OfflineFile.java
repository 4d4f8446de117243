package org.onecard.terminal.offline;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * A terminal's offline records exported to a file (USB stick), as the terminal writes it: UTF-8
 * lines (LF or CRLF) {@code ONECARD-OFFLINE 1}, {@code terminal <8 digits>}, {@code batch <6 digits>},
 * then one record per line {@code trace,yyyyMMddHHmmss,credential,amountFen}, and last
 * {@code MAC <16 hex>}: the first 8 bytes of HMAC-SHA256 with the terminal's key over every byte
 * before the MAC line. See openapi/terminal-protocol.md §2.5.
 */
record OfflineFile(String terminalCode, String batchNo, List<Line> lines, byte[] signed, byte[] mac) {

    public static final int MAX_RECORDS = 20_000;
    static final String HEADER = "ONECARD-OFFLINE 1";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("uuuuMMddHHmmss")
            .withResolverStyle(ResolverStyle.STRICT);

    /** One record line; {@code lineNo} counts from 1 over the whole file. */
    record Line(int lineNo, String trace, LocalDateTime at, String credential, String amountFen) {
    }

    /** The file does not read; {@code problems} name the lines. */
    static final class Unreadable extends Exception {
        final List<String> problems;

        Unreadable(List<String> problems) {
            super(String.join("; ", problems), null, false, false);
            this.problems = List.copyOf(problems);
        }
    }

    static OfflineFile parse(byte[] bytes) throws Unreadable {
        String text = new String(bytes, StandardCharsets.UTF_8);
        int macAt = text.lastIndexOf("\nMAC ");
        if (!text.startsWith(HEADER + "\n") && !text.startsWith(HEADER + "\r\n") || macAt < 0) {
            throw new Unreadable(List.of("the file must start with '" + HEADER + "' and end with a 'MAC' line"));
        }
        byte[] signed = text.substring(0, macAt + 1).getBytes(StandardCharsets.UTF_8);
        String[] rows = text.substring(0, macAt).split("\r?\n", -1);
        List<String> problems = new ArrayList<>();
        String terminal = header(rows, 1, "terminal", "\\d{8}", problems);
        String batch = header(rows, 2, "batch", "\\d{6}", problems);
        byte[] mac = mac(text.substring(macAt + 5).trim(), problems);
        List<Line> lines = new ArrayList<>();
        for (int i = 3; i < rows.length && problems.size() < 20; i++) {
            line(i + 1, rows[i], problems).ifPresent(lines::add);
        }
        if (lines.isEmpty() && problems.isEmpty()) {
            problems.add("the file holds no records");
        }
        if (lines.size() > MAX_RECORDS) {
            problems.add("more than " + MAX_RECORDS + " records");
        }
        if (!problems.isEmpty()) {
            throw new Unreadable(problems);
        }
        return new OfflineFile(terminal, batch, lines, signed, mac);
    }

    private static String header(String[] rows, int index, String name, String pattern, List<String> problems) {
        String row = rows.length > index ? rows[index] : "";
        String value = row.startsWith(name + " ") ? row.substring(name.length() + 1).trim() : "";
        if (!value.matches(pattern)) {
            problems.add("line " + (index + 1) + ": expected '" + name + " " + pattern + "'");
        }
        return value;
    }

    private static byte[] mac(String hex, List<String> problems) {
        if (!hex.matches("[0-9a-fA-F]{16}")) {
            problems.add("the MAC line must hold 16 hex digits");
            return new byte[0];
        }
        return HexFormat.of().parseHex(hex);
    }

    private static Optional<Line> line(int lineNo, String row, List<String> problems) {
        String[] parts = row.split(",", -1);
        if (parts.length != 4) {
            problems.add("line " + lineNo + ": expected trace,yyyyMMddHHmmss,credential,amountFen");
            return Optional.empty();
        }
        try {
            return Optional.of(new Line(lineNo, parts[0].trim(),
                    LocalDateTime.parse(parts[1].trim(), WHEN), parts[2].trim(), parts[3].trim()));
        } catch (DateTimeException e) {
            problems.add("line " + lineNo + ": '" + parts[1].trim() + "' is not a time yyyyMMddHHmmss");
            return Optional.empty();
        }
    }
}
