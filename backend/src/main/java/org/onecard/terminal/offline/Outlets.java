package org.onecard.terminal.offline;

import org.onecard.terminal.TerminalAuth;

/** Field 42 names an outlet by its id, right-aligned and zero-padded to 15 digits. */
final class Outlets {

    private Outlets() {
    }

    /** Whether field 42 is present and names the terminal's own outlet. */
    static boolean named(String field42, TerminalAuth auth) {
        if (field42 == null) {
            return false;
        }
        try {
            return Long.parseLong(field42.trim()) == auth.outletId();
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
