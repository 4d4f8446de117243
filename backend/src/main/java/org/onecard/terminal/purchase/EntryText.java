package org.onecard.terminal.purchase;

import java.util.stream.Collectors;
import org.onecard.common.Sha256;
import org.onecard.terminal.authz.Entry;

/**
 * A request's work-mode entry as text, for what a retry must repeat (the kept reply's hash, the
 * consumption's note): empty for an amount or nothing, so those keep their earlier form.
 */
final class EntryText {

    /** The consumption note's column holds 255 characters. */
    static final int MAX_NOTE = 255;

    private EntryText() {
    }

    static String of(Entry entry) {
        if (entry instanceof Entry.Shown s) {
            return of(s.entry());
        }
        if (entry instanceof Entry.Key k) {
            return "key " + k.keyNo();
        }
        if (entry instanceof Entry.Timed t) {
            return "timed " + t.duration().toSeconds() + "s";
        }
        return entry instanceof Entry.Products p ? "items " + lines(p) : "";
    }

    static String lines(Entry.Products products) {
        return products.items().stream().map(i -> i.barcode() + "*" + i.quantity()).collect(Collectors.joining(";"));
    }

    /** {@code base} and the entry's text; a sale too long for the note gives its line count and a digest instead. */
    static String note(String base, Entry entry) {
        String text = of(entry);
        if (text.isEmpty()) {
            return base;
        }
        String note = base + " " + text;
        if (note.length() <= MAX_NOTE) {
            return note;
        }
        long count = text.chars().filter(c -> c == ';').count() + 1;
        return base + " items " + count + " lines sha256 " + Sha256.hex(text).substring(0, 32);
    }
}
