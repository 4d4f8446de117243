package org.onecard.terminal.lists;

import java.util.ArrayList;
import java.util.List;

/** Field 62 of a 0310 read as a terminal maker would from openapi/terminal-protocol.md §2.6. */
record WirePage(char mode, boolean more, long latest, long next, long cursor, List<String> entries) {

    static WirePage parse(String text) {
        int count = Integer.parseInt(text.substring(38, 41));
        List<String> entries = new ArrayList<>();
        int at = 41;
        for (int i = 0; i < count; i++) {
            int length = Integer.parseInt(text.substring(at + 1, at + 3));
            entries.add(text.charAt(at) + ":" + text.substring(at + 3, at + 3 + length));
            at += 3 + length;
        }
        if (at != text.length()) {
            throw new AssertionError("trailing characters after " + count + " entries: " + text.substring(at));
        }
        return new WirePage(text.charAt(0), text.charAt(1) == 'Y', Long.parseLong(text.substring(2, 14)),
                Long.parseLong(text.substring(14, 26)), Long.parseLong(text.substring(26, 38)), entries);
    }
}
