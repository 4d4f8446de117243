package org.onecard.reports.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.onecard.reports.export.ReportSheet;
import org.onecard.reports.summary.MealStatistics.Meal;
import org.onecard.reports.summary.MealStatistics.Report;
import org.onecard.reports.summary.MealStatisticsStore.By;
import org.onecard.reports.summary.ReportHeading.Heading;

/** Meal statistics laid out for the exporter: a count and an amount column per meal period of the totals. */
final class MealStatisticsSheet {

    static final String PERSON_TITLE = "个人就餐统计";
    static final String DEPARTMENT_TITLE = "部门就餐统计";
    static final String PAY_CODE = "付款码";

    private MealStatisticsSheet() {
    }

    static ReportSheet of(By by, Report report, Heading h) {
        List<Meal> meals = report.totalsByMeal();
        List<ReportSheet.Column> columns = new ArrayList<>();
        columns.add(ReportSheet.text(by == By.PERSON ? "工号" : "部门编码", 12));
        columns.add(ReportSheet.text(by == By.PERSON ? "姓名" : "部门", 14));
        for (Meal m : meals) {
            String name = mealName(m);
            columns.add(ReportSheet.count(name + "次数"));
            columns.add(ReportSheet.money(name + "金额"));
        }
        columns.add(ReportSheet.count("合计次数"));
        columns.add(ReportSheet.money("合计金额"));
        List<List<Object>> rows = report.lines().stream()
                .map(l -> cells(l.code(), l.id() == null ? PAY_CODE : l.name(), l.meals(), meals, l.count(),
                        l.amountFen())).toList();
        return new ReportSheet(h.organisation(), by == By.PERSON ? PERSON_TITLE : DEPARTMENT_TITLE, h.outletLabel(),
                report.range().from(), report.range().to(), columns, rows,
                cells("合计", null, meals, meals, report.count(), report.amountFen()), h.printedOn());
    }

    static String mealName(Meal m) {
        return m.mealPeriodId() == null ? DailyConsumptionSheet.NO_MEAL
                : m.mealName() == null ? "#" + m.mealPeriodId() : m.mealName();
    }

    private static List<Object> cells(String code, String name, List<Meal> own, List<Meal> columns, long count,
                                      long amountFen) {
        List<Object> cells = new ArrayList<>();
        cells.add(code);
        cells.add(name);
        for (Meal c : columns) {
            Meal m = own.stream().filter(x -> Objects.equals(x.mealPeriodId(), c.mealPeriodId())).findFirst()
                    .orElse(null);
            cells.add(m == null ? null : m.count());
            cells.add(m == null ? null : m.amountFen());
        }
        cells.add(count);
        cells.add(amountFen);
        return cells;
    }
}
