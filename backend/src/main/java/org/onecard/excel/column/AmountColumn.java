package org.onecard.excel.column;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.onecard.excel.report.Issue;
import org.onecard.excel.sheet.CellValue;
import org.onecard.excel.sheet.Texts;

/**
 * An amount in yuan, read as integer fen rounded half-up (DOMAIN §7): 0.005 → 1 fen,
 * 12.345 → 1235 fen, 1.005 → 101 fen. A numeric cell is taken as the decimal Excel shows for
 * its double (BigDecimal.valueOf), text as typed (new BigDecimal); "¥12.50", "12.50元" and
 * "1,234.50" are accepted as text.
 *
 * @param negativeAllowed whether a negative amount is a value or a mistake
 * @param maxFen          the largest absolute amount, in fen; a sanity bound, business limits are the caller's
 */
public record AmountColumn(ColumnHeader header, boolean negativeAllowed, long maxFen) implements Column<Long> {

    /** 99,999,999.99 yuan: no card-centre import comes near it, and a typo of many digits trips it. */
    public static final long DEFAULT_MAX_FEN = 9_999_999_999L;

    public AmountColumn {
        if (maxFen < 1) {
            throw new IllegalArgumentException("maxFen must be positive");
        }
    }

    public static AmountColumn of(ColumnHeader header) {
        return new AmountColumn(header, false, DEFAULT_MAX_FEN);
    }

    public AmountColumn allowingNegative() {
        return new AmountColumn(header, true, maxFen);
    }

    public AmountColumn withMaxFen(long max) {
        return new AmountColumn(header, negativeAllowed, max);
    }

    @Override
    public CellResult<Long> read(CellValue cell) {
        var problem = CellChecks.precheck(header, cell);
        if (problem.isPresent()) {
            return CellResult.bad(problem.get());
        }
        BigDecimal yuan = cell instanceof CellValue.Text text ? Decimals.parse(withoutCurrency(text.text())) : Decimals.of(cell);
        if (yuan == null) {
            return CellResult.bad(header.reason(Issue.NOT_A_NUMBER));
        }
        if (yuan.signum() < 0 && !negativeAllowed) {
            return CellResult.bad(header.reason(Issue.NEGATIVE));
        }
        BigDecimal fen = yuan.movePointRight(2).setScale(0, RoundingMode.HALF_UP);
        if (fen.abs().compareTo(BigDecimal.valueOf(maxFen)) > 0) {
            return CellResult.bad(header.reason(Issue.AMOUNT_TOO_LARGE, BigDecimal.valueOf(maxFen, 2).toPlainString()));
        }
        return CellResult.ok(fen.longValueExact());
    }

    @Override
    public ColumnRule rule() {
        String sign = negativeAllowed ? "可为负数" : "不能为负数";
        return ColumnRule.required(CellFormat.AMOUNT, "金额（元），超过两位小数的部分四舍五入到分，" + sign);
    }

    private static String withoutCurrency(String text) {
        String folded = Texts.folded(text);
        if (folded.startsWith("¥")) {
            folded = folded.substring(1);
        }
        if (folded.endsWith("元")) {
            folded = folded.substring(0, folded.length() - 1);
        }
        return Texts.clean(folded);
    }
}
