package org.onecard.terminal.lists.domain;

import java.util.ArrayList;
import java.util.List;
import org.onecard.common.text.Ascii;

/**
 * One list download reply, as field 62 carries it (openapi/terminal-protocol.md §2.6): a 41-character
 * header, then the entries.
 *
 * @param mode    {@code D}: changes after the terminal's version, oldest first; {@code S}: a piece
 *                of the whole list as it stood at {@code next}
 * @param more    whether the terminal should ask again (with {@code next} and {@code cursor})
 * @param latest  the list's latest version
 * @param next    the version to send next; once {@code cursor} is 0, the list is complete as of it
 * @param cursor  between pages of a whole list, where the next page starts; else 0
 */
public record ListPage(char mode, boolean more, long latest, long next, long cursor, List<ListEntry> entries) {

    /** Field 62's limit (LLL). */
    public static final int MAX_TEXT = 999;
    static final int HEADER = 41;
    /** The most entries that can fit: one-character values. */
    public static final int MOST_ENTRIES = (MAX_TEXT - HEADER) / 4;

    public static final char CHANGES = 'D';
    public static final char WHOLE_LIST = 'S';

    public ListPage {
        entries = List.copyOf(entries);
    }

    /** The answer to an acknowledgement: no entries, and whether there is more to fetch. */
    public static ListPage acknowledgement(ListQuery q, long latest) {
        boolean midList = q.cursor() > 0;
        return new ListPage(midList ? WHOLE_LIST : CHANGES, midList || q.heldVersion() < latest, latest,
                q.heldVersion(), q.cursor(), List.of());
    }

    /**
     * Changes after the terminal's version. {@code rows}: the changes after it up to the settled
     * version, oldest first, at most {@code take + 1}; {@code latest}: the list's latest settled version.
     */
    public static ListPage changes(ListQuery q, List<ListEntry> rows, int take, long latest) {
        Fitted fitted = fit(rows, take);
        boolean more = fitted.consumed < rows.size();
        long next = more ? fitted.lastVersion : Math.max(q.heldVersion(), latest);
        return new ListPage(CHANGES, more, latest, next, 0, fitted.entries);
    }

    /**
     * A piece of the whole list as it stood at {@code base}. {@code rows}: the entries present then whose
     * last change (up to {@code base}) lies after the cursor, by that change, at most {@code take + 1}.
     */
    public static ListPage wholeList(long base, List<ListEntry> rows, int take, long latest) {
        Fitted fitted = fit(rows, take);
        boolean more = fitted.consumed < rows.size();
        return more
                ? new ListPage(WHOLE_LIST, true, latest, base, fitted.lastVersion, fitted.entries)
                : new ListPage(WHOLE_LIST, base < latest, latest, base, 0, fitted.entries);
    }

    public String encode() {
        StringBuilder text = new StringBuilder(MAX_TEXT).append(mode).append(more ? 'Y' : 'N')
                .append(Ascii.zeroPadded(latest, 12)).append(Ascii.zeroPadded(next, 12))
                .append(Ascii.zeroPadded(cursor, 12)).append(Ascii.zeroPadded(entries.size(), 3));
        entries.forEach(e -> text.append(e.encode()));
        return text.toString();
    }

    private record Fitted(List<ListEntry> entries, int consumed, long lastVersion) {
    }

    /**
     * As many rows as fit in field 62, at most {@code take}. A row a terminal cannot hold is consumed
     * without being sent, so the version still moves past it.
     */
    private static Fitted fit(List<ListEntry> rows, int take) {
        List<ListEntry> sent = new ArrayList<>();
        int length = HEADER;
        int consumed = 0;
        long last = 0;
        for (ListEntry row : rows) {
            boolean sendable = row.sendable();
            if (consumed == take || sendable && length + row.wireLength() > MAX_TEXT) {
                break;
            }
            if (sendable) {
                sent.add(row);
                length += row.wireLength();
            }
            consumed++;
            last = row.version();
        }
        return new Fitted(sent, consumed, last);
    }
}
