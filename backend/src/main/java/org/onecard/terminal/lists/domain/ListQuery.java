package org.onecard.terminal.lists.domain;

import java.util.Optional;
import org.onecard.common.text.Ascii;

/**
 * What a list download request asks, from its field 62 (digits only): the version the terminal's
 * list is complete as of (12 digits; 0 = it holds nothing and wants the whole list), the most
 * entries it takes in one reply (3 digits; 000 = none, the request only acknowledges), and while a
 * whole list comes in pages, the cursor the previous reply gave (12 digits, optional).
 */
public record ListQuery(long heldVersion, int maxEntries, long cursor) {

    private static final int VERSION_DIGITS = 12;
    private static final int MAX_DIGITS = 3;
    private static final int SHORT = VERSION_DIGITS + MAX_DIGITS;
    private static final int LONG = SHORT + VERSION_DIGITS;

    /** Empty when the text is not 15 or 27 digits, or its cursor lies beyond the version it pages. */
    public static Optional<ListQuery> parse(String text) {
        if (text == null || text.length() != SHORT && text.length() != LONG
                || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        long held = Long.parseLong(text.substring(0, VERSION_DIGITS));
        int max = Integer.parseInt(text.substring(VERSION_DIGITS, SHORT));
        long cursor = text.length() == LONG ? Long.parseLong(text.substring(SHORT)) : 0;
        return cursor > held ? Optional.empty() : Optional.of(new ListQuery(held, max, cursor));
    }

    /** The request carries no entries back: the terminal acknowledges its version, or asks how far behind it is. */
    public boolean acknowledgeOnly() {
        return maxEntries == 0;
    }

    /** The terminal is being sent the whole list: it holds nothing yet, or is between pages of it. */
    public boolean wholeList() {
        return heldVersion == 0 || cursor > 0;
    }

    /** Whether the terminal's list is complete as of {@link #heldVersion} (not between pages of a whole list). */
    public boolean complete() {
        return cursor == 0;
    }

    public String encode() {
        String head = Ascii.zeroPadded(heldVersion, 12) + Ascii.zeroPadded(maxEntries, 3);
        return cursor == 0 ? head : head + Ascii.zeroPadded(cursor, 12);
    }
}
