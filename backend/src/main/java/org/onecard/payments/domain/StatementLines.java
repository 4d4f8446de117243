package org.onecard.payments.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the payments out of a gateway's daily statement: WeChat Pay's trade bill (fields led
 * by a back-quote, the summary after "总交易单数") and the detail CSV of Alipay's bill (between
 * the header "支付宝交易号,…" and the next "#" line). Refund rows are left out.
 */
public final class StatementLines {

    /** One payment as the gateway's statement shows it. */
    public record Line(String orderNo, String gatewayTradeNo, long amountFen) {
    }

    /** Put a limit on everything: a day's statement of one merchant. */
    public static final int MAX_LINES = 200_000;

    private StatementLines() {
    }

    public static List<Line> wechat(String text) {
        List<Line> lines = new ArrayList<>();
        String[] rows = text.split("\r?\n");
        for (int i = 1; i < rows.length && lines.size() < MAX_LINES; i++) {
            if (rows[i].startsWith("总交易单数")) {
                break;
            }
            String[] f = rows[i].split(",", -1);
            if (f.length >= 13 && "SUCCESS".equals(clean(f[9]))) {
                lines.add(new Line(clean(f[6]), clean(f[5]), fen(clean(f[12]))));
            }
        }
        return lines;
    }

    public static List<Line> alipay(String text) {
        List<Line> lines = new ArrayList<>();
        boolean inDetail = false;
        for (String row : text.split("\r?\n")) {
            if (row.startsWith("支付宝交易号")) {
                inDetail = true;
            } else if (row.startsWith("#")) {
                inDetail = false;
            } else if (inDetail && lines.size() < MAX_LINES) {
                String[] f = row.split(",", -1);
                if (f.length >= 12 && "交易".equals(clean(f[2]))) {
                    lines.add(new Line(clean(f[1]), clean(f[0]), fen(clean(f[11]))));
                }
            }
        }
        return lines;
    }

    private static String clean(String field) {
        String s = field.trim();
        return s.startsWith("`") ? s.substring(1).trim() : s;
    }

    /** Yuan with at most two decimals; -1 when the field is not such an amount (it then differs from any order). */
    private static long fen(String yuan) {
        try {
            return new BigDecimal(yuan).movePointRight(2).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            return -1;
        }
    }
}
