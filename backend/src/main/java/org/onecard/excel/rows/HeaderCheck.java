package org.onecard.excel.rows;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.onecard.excel.column.Column;
import org.onecard.excel.column.ColumnHeader;
import org.onecard.excel.report.FileRefusal;
import org.onecard.excel.report.Issue;
import org.onecard.excel.sheet.CellValue;
import org.onecard.excel.sheet.SheetRow;
import org.onecard.excel.sheet.Texts;

/**
 * Checks the header row loosely: spaces, required-marks ("*工号"), units in brackets ("现金（元）"),
 * full-width forms and letter case do not matter; the column order does. Columns after the
 * spec's last are ignored, so operators may keep a remarks column.
 */
public final class HeaderCheck {

    private static final Pattern IGNORED = Pattern.compile("\\s|\\*|\\(.*?\\)|\\[.*?\\]");
    private static final int MAX_SHOWN_CHARS = 20;

    private HeaderCheck() {
    }

    public static Optional<FileRefusal> check(SheetSpec spec, SheetRow header) {
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (Column<?> column : spec.columns()) {
            ColumnHeader expected = column.header();
            String found = text(header.cell(expected.index()));
            if (!matches(expected, found)) {
                String shown = shown(found);
                zh.add(expected.letter() + "列应为“" + expected.title() + "”，实为“" + shown + "”");
                en.add("column " + expected.letter() + " should be \"" + expected.title() + "\" but is \"" + shown + "\"");
            }
        }
        if (zh.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(FileRefusal.of(Issue.WRONG_HEADER, String.join("；", zh), String.join("; ", en)));
    }

    static boolean matches(ColumnHeader expected, String found) {
        String normalised = normalise(found);
        return Stream.concat(Stream.of(expected.title()), expected.aliases().stream())
                .anyMatch(name -> normalise(name).equals(normalised));
    }

    private static String normalise(String text) {
        return IGNORED.matcher(Texts.folded(text)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static String text(CellValue cell) {
        return Texts.clean(cell.asText());
    }

    private static String shown(String found) {
        if (found.isEmpty()) {
            return "（空）";
        }
        return found.length() > MAX_SHOWN_CHARS ? found.substring(0, MAX_SHOWN_CHARS) + "…" : found;
    }
}
