package org.onecard.excel.column;

import java.util.regex.Pattern;
import org.onecard.excel.report.Issue;
import org.onecard.excel.sheet.CellValue;
import org.onecard.excel.sheet.Texts;

/**
 * Text, trimmed, at most {@code maxLength} characters (counted as characters, so 20 means 20
 * Chinese characters too), optionally matching a pattern.
 */
public record TextColumn(ColumnHeader header, int maxLength, Pattern pattern, String patternZh, String patternEn)
        implements Column<String> {

    public TextColumn {
        if (maxLength < 1 || maxLength > 32_767) {
            throw new IllegalArgumentException("maxLength must be 1..32767");
        }
    }

    public static TextColumn of(ColumnHeader header, int maxLength) {
        return new TextColumn(header, maxLength, null, "", "");
    }

    /** Also requires the whole text to match {@code regex}, described for the operator in both languages. */
    public TextColumn matching(String regex, String describedZh, String describedEn) {
        return new TextColumn(header, maxLength, Pattern.compile(regex), describedZh, describedEn);
    }

    @Override
    public CellResult<String> read(CellValue cell) {
        var problem = CellChecks.precheck(header, cell);
        if (problem.isPresent()) {
            return CellResult.bad(problem.get());
        }
        String text = Texts.clean(cell.asText());
        if (Texts.hasControlCharacters(text)) {
            return CellResult.bad(header.reason(Issue.CONTROL_CHARACTERS));
        }
        if (text.codePointCount(0, text.length()) > maxLength) {
            return CellResult.bad(header.reason(Issue.TOO_LONG, maxLength));
        }
        if (pattern != null && !pattern.matcher(text).matches()) {
            return CellResult.bad(header.reason(Issue.WRONG_FORMAT, patternZh, patternEn));
        }
        return CellResult.ok(text);
    }

    @Override
    public ColumnRule rule() {
        String format = pattern == null ? "" : "，" + patternZh;
        return ColumnRule.required(CellFormat.TEXT, "文本，最多" + maxLength + "个字符" + format);
    }
}
