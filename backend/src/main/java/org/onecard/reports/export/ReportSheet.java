package org.onecard.reports.export;

import java.time.LocalDate;
import java.util.List;

/**
 * A report as the trade prints it (DOMAIN §5): organisation, title, outlet and date range above the
 * table, a totals row under it, then "prepared / audited / approved by" and the print date.
 * Money cells hold fen ({@link Long}); the exporter prints them as yuan.
 *
 * @param outletLabel the outlets the report covers, e.g. "全部营业点"
 * @param rows        one list of cells per line, in column order; null cells stay empty
 * @param totals      the totals row in column order; its first cell is usually "合计"
 */
public record ReportSheet(String organisation, String title, String outletLabel, LocalDate from, LocalDate to,
                          List<Column> columns, List<List<Object>> rows, List<Object> totals, LocalDate printedOn) {

    /** What a column holds, which decides its cell format. */
    public enum Kind { TEXT, COUNT, MONEY_FEN }

    public record Column(String title, int widthChars, Kind kind) {
    }

    public ReportSheet {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public static Column text(String title, int widthChars) {
        return new Column(title, widthChars, Kind.TEXT);
    }

    public static Column count(String title) {
        return new Column(title, 10, Kind.COUNT);
    }

    public static Column money(String title) {
        return new Column(title, 14, Kind.MONEY_FEN);
    }
}
