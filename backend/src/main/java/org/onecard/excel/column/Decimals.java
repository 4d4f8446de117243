package org.onecard.excel.column;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.onecard.excel.sheet.CellValue;
import org.onecard.excel.sheet.Texts;

/**
 * A cell as an exact decimal. Numeric cells give the decimal of their double's shortest form
 * (BigDecimal.valueOf), text is parsed as typed (new BigDecimal) — never through a double.
 */
final class Decimals {

    /** Plain or thousands-grouped digits with an optional fraction; no exponents, no spaces. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d*)?|[+-]?\\.\\d+");
    private static final int MAX_TEXT_CHARS = 40;

    private Decimals() {
    }

    /** The decimal in the cell, or null when it holds none. */
    static BigDecimal of(CellValue cell) {
        if (cell instanceof CellValue.Numeric number) {
            return number.value();
        }
        if (cell instanceof CellValue.Text text) {
            return parse(Texts.folded(text.text()));
        }
        return null;
    }

    static BigDecimal parse(String text) {
        if (text.length() > MAX_TEXT_CHARS || !DECIMAL.matcher(text).matches()) {
            return null;
        }
        return new BigDecimal(text.replace(",", ""));
    }

    static boolean isWhole(BigDecimal value) {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }
}
