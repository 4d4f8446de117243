package org.onecard.excel.column;

import java.util.List;
import java.util.Objects;
import org.onecard.excel.report.Issue;
import org.onecard.excel.report.Reason;

/**
 * Where a column sits and what it is called.
 *
 * @param index      0-based position: columns are found by position (DOMAIN §7), the header
 *                   text is only checked
 * @param field      stable English key used in reasons and JSON ({@code "cash"})
 * @param title      the Chinese header operators see ({@code "现金"})
 * @param aliases    other header texts accepted for this column
 * @param widthChars the column's width in templates, in characters
 */
public record ColumnHeader(int index, String field, String title, List<String> aliases, int widthChars) {

    private static final int DEFAULT_WIDTH_CHARS = 14;

    public ColumnHeader {
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative");
        }
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(title, "title");
        aliases = List.copyOf(aliases);
        if (widthChars < 1 || widthChars > 255) {
            throw new IllegalArgumentException("width must be 1..255 characters");
        }
    }

    public static ColumnHeader of(int index, String field, String title) {
        return new ColumnHeader(index, field, title, List.of(), DEFAULT_WIDTH_CHARS);
    }

    public ColumnHeader withAliases(String... others) {
        return new ColumnHeader(index, field, title, List.of(others), widthChars);
    }

    public ColumnHeader withWidth(int chars) {
        return new ColumnHeader(index, field, title, aliases, chars);
    }

    /** "A", "B", … "AA": how Excel names the column. */
    public String letter() {
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    public Reason reason(Issue issue, Object... args) {
        return Reason.forField(field, title, issue, args);
    }

    public Reason reason(String code, String messageZh, String messageEn) {
        return new Reason(field, title, code, messageZh, messageEn);
    }
}
