package org.onecard.reports.statement.web;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onecard.reports.statement.Cardholder;
import org.onecard.reports.statement.MonthlyStatements;
import org.onecard.reports.statement.StatementColumn;
import org.onecard.reports.statement.StatementLine;

/** The monthly statement's HTTP shapes; amounts in fen. */
final class StatementViews {

    private StatementViews() {
    }

    @Schema(description = "An income or expense column of the statement")
    record ColumnView(
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "the key of the column in each line's amounts")
            String key,
            @Schema(requiredMode = RequiredMode.REQUIRED, allowableValues = {"INCOME", "EXPENSE"}) String side,
            @Schema(requiredMode = RequiredMode.REQUIRED) String titleZh,
            @Schema(requiredMode = RequiredMode.REQUIRED) String titleEn) {

        static List<ColumnView> all() {
            return Arrays.stream(StatementColumn.values())
                    .map(c -> new ColumnView(c.name(), c.side().name(), c.titleZh(), c.titleEn())).toList();
        }
    }

    @Schema(description = "Opening + income - expense = closing; difference = stored closing - closing, 0 when balanced")
    record FiguresView(
            @Schema(requiredMode = RequiredMode.REQUIRED) long openingFen,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "by column key, every column present")
            Map<String, Long> amounts,
            @Schema(requiredMode = RequiredMode.REQUIRED) long incomeFen,
            @Schema(requiredMode = RequiredMode.REQUIRED) long expenseFen,
            @Schema(requiredMode = RequiredMode.REQUIRED) long closingFen,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "what the wallets stored at the month's end")
            long storedClosingFen,
            @Schema(requiredMode = RequiredMode.REQUIRED) long differenceFen) {

        static FiguresView of(StatementLine line) {
            Map<String, Long> amounts = new LinkedHashMap<>();
            line.columns().forEach((column, fen) -> amounts.put(column.name(), fen));
            return new FiguresView(line.openingFen(), amounts, line.incomeFen(), line.expenseFen(), line.closingFen(),
                    line.actualFen(), line.differenceFen());
        }
    }

    @Schema(description = "One cardholder's line: the person's cash and subsidy wallets")
    record LineView(
            @Schema(requiredMode = RequiredMode.REQUIRED) long personId,
            @Schema(requiredMode = RequiredMode.REQUIRED) String employeeNo,
            @Schema(requiredMode = RequiredMode.REQUIRED) String name,
            @Schema(requiredMode = RequiredMode.REQUIRED) String department,
            @Schema(description = "the person's latest card; absent when the person never had one") String cardNo,
            @Schema(requiredMode = RequiredMode.REQUIRED) FiguresView figures) {

        static LineView of(MonthlyStatements.Line line) {
            Cardholder h = line.holder();
            return new LineView(h.personId(), h.employeeNo(), h.name(), h.department(), h.cardNo(),
                    FiguresView.of(line.figures()));
        }
    }

    @Schema(description = "A page of the monthly statement with the totals over every cardholder in scope")
    record StatementPageView(
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "YYYY-MM") String month,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "whether the month is closed (封账)") boolean closed,
            @Schema(requiredMode = RequiredMode.REQUIRED,
                    description = "true: the opening is the previous month's stored closing")
            boolean openingFromClosedMonth,
            @Schema(requiredMode = RequiredMode.REQUIRED) List<ColumnView> columns,
            @Schema(requiredMode = RequiredMode.REQUIRED) List<LineView> items,
            @Schema(requiredMode = RequiredMode.REQUIRED) FiguresView totals,
            @Schema(requiredMode = RequiredMode.REQUIRED) int page,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "the size used, at most 500") int size,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "cardholders in scope") long total) {

        static StatementPageView of(MonthlyStatements.Page p) {
            return new StatementPageView(p.month().toString(), p.closed(), p.openingFromClosedMonth(), ColumnView.all(),
                    p.items().stream().map(LineView::of).toList(), FiguresView.of(p.totals()), p.page(), p.size(),
                    p.total());
        }
    }
}
