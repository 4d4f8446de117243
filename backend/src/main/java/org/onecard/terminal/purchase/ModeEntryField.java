package org.onecard.terminal.purchase;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.onecard.common.text.Ascii;
import org.onecard.terminal.authz.Entry;
import org.onecard.terminal.authz.SaleItem;

/**
 * Field 48 of a 0200: what the terminal sends for a KEY_VALUE, PRODUCT or TIMED purchase, as one
 * tag, a 3-digit length and the value (openapi/terminal-protocol.md §2.2.1):
 * {@code KY} the key number (1–2 digits), {@code TM} the duration in seconds (1–6 digits),
 * {@code PL} the product lines {@code barcode*quantity} joined by {@code ;}. Anything else is a
 * format error ({@link IllegalArgumentException}, answered "30").
 */
final class ModeEntryField {

    static final String KEY = "KY";
    static final String TIMED = "TM";
    static final String PRODUCTS = "PL";

    private static final Pattern TLV = Pattern.compile("([A-Z]{2})([0-9]{3})(.*)", Pattern.DOTALL);
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern LINE = Pattern.compile("([A-Za-z0-9._-]{1,32})\\*([0-9]{1,4})");

    private ModeEntryField() {
    }

    /**
     * The entry of a request: field 48's when present (with field 4, when not 0, as the amount the
     * terminal showed for it), else field 4's amount, else nothing.
     */
    static Entry entry(String field48, Long amountFen) {
        if (field48 == null) {
            return amountFen == null ? new Entry.Nothing() : new Entry.Amount(amountFen);
        }
        Entry entry = parse(field48);
        return amountFen == null || amountFen == 0 ? entry : new Entry.Shown(entry, amountFen);
    }

    static Entry parse(String text) {
        Matcher tlv = TLV.matcher(text);
        if (!tlv.matches()) {
            throw new IllegalArgumentException("Field 48 must start with a 2-letter tag and a 3-digit length");
        }
        String tag = tlv.group(1);
        int length = Integer.parseInt(tlv.group(2));
        String value = tlv.group(3);
        if (value.length() != length) {
            throw new IllegalArgumentException("Field 48's tag " + tag + " says " + length + " characters; "
                    + value.length() + " follow (one tag per message)");
        }
        return switch (tag) {
            case KEY -> new Entry.Key((int) number(tag, value, 2));
            case TIMED -> new Entry.Timed(Duration.ofSeconds(number(tag, value, 6)));
            case PRODUCTS -> new Entry.Products(lines(value));
            default -> throw new IllegalArgumentException("Field 48 has no tag " + tag);
        };
    }

    private static long number(String tag, String value, int maxDigits) {
        if (value.length() > maxDigits || !DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException("Field 48's " + tag + " is 1 to " + maxDigits + " digits");
        }
        return Long.parseLong(value);
    }

    private static List<SaleItem> lines(String value) {
        List<SaleItem> items = new ArrayList<>();
        for (String line : value.split(";", -1)) {
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                throw new IllegalArgumentException("Field 48's PL lines are barcode*quantity joined by ';'");
            }
            items.add(new SaleItem(m.group(1), Integer.parseInt(m.group(2))));
        }
        return items;
    }

    /** The field-48 text of an entry (for terminals and tests); empty for an amount or nothing. */
    static String format(Entry entry) {
        if (entry instanceof Entry.Shown s) {
            return format(s.entry());
        }
        if (entry instanceof Entry.Key k) {
            return tlv(KEY, Integer.toString(k.keyNo()));
        }
        if (entry instanceof Entry.Timed t) {
            return tlv(TIMED, Long.toString(t.duration().toSeconds()));
        }
        return entry instanceof Entry.Products p ? tlv(PRODUCTS, EntryText.lines(p)) : "";
    }

    private static String tlv(String tag, String value) {
        return tag + Ascii.zeroPadded(value.length(), 3) + value;
    }
}
