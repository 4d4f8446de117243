package org.onecard.reports.summary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.onecard.common.outcome.Outcome;
import org.onecard.identity.CurrentUser;
import org.onecard.people.application.DepartmentScopes;
import org.onecard.reports.summary.MealStatisticsStore.By;
import org.onecard.reports.summary.MealStatisticsStore.Sums;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Per-person and per-department meal statistics (个人/部门就餐统计): over a date range, how many
 * meals of each period and what they cost, per person or department in the operator's department
 * scope. Corrections count as in {@link DailyConsumption}: on their own accounting date, a
 * correction to 0 taking its purchase out of the count.
 */
@Service
public class MealStatistics {

    public record Meal(Integer mealPeriodId, String mealName, long count, long amountFen) {
    }

    /** {@code id} null: payment-code sales, which have no person. */
    public record Line(Long id, String code, String name, List<Meal> meals, long count, long amountFen) {
    }

    public record Report(ReportRange range, List<Line> lines, List<Meal> totalsByMeal, long count, long amountFen) {
    }

    private static final Comparator<Integer> MEALS = Comparator.nullsLast(Comparator.naturalOrder());

    private final MealStatisticsStore store;
    private final DailyConsumptionStore names;
    private final DepartmentScopes scopes;

    MealStatistics(MealStatisticsStore store, DailyConsumptionStore names, DepartmentScopes scopes) {
        this.store = store;
        this.names = names;
        this.scopes = scopes;
    }

    public Mono<Outcome<Report>> of(By by, LocalDate from, LocalDate to, String departmentCode, CurrentUser user) {
        Outcome<ReportRange> range = ReportRange.of(from, to);
        if (!(range instanceof Outcome.Done<ReportRange> r)) {
            return Mono.just(((Outcome.Refused<ReportRange>) range).cast());
        }
        String dept = departmentCode == null || departmentCode.isBlank() ? null : departmentCode.trim();
        return scopes.of(user).flatMapMany(scope -> Flux.concat(store.purchases(by, r.value(), scope, dept),
                        store.corrections(by, r.value(), scope, dept)))
                .collectList().zipWith(names.mealNames())
                .map(t -> Outcome.done(assemble(r.value(), t.getT1(), t.getT2())));
    }

    static Report assemble(ReportRange range, List<Sums> sums, Map<Long, String> mealNames) {
        Map<String, List<Sums>> byGroup = new TreeMap<>();
        Map<Integer, long[]> totals = new TreeMap<>(MEALS);
        for (Sums s : sums) {
            byGroup.computeIfAbsent(Objects.toString(s.code(), "\uffff"), k -> new ArrayList<>()).add(s);
            add(totals, s);
        }
        List<Line> lines = new ArrayList<>();
        for (List<Sums> group : byGroup.values()) {
            Map<Integer, long[]> meals = new TreeMap<>(MEALS);
            group.forEach(s -> add(meals, s));
            Sums first = group.get(0);
            List<Meal> list = meals(meals, mealNames);
            lines.add(new Line(first.groupId(), first.code(), first.name(), list, count(list), amount(list)));
        }
        List<Meal> all = meals(totals, mealNames);
        return new Report(range, lines, all, count(all), amount(all));
    }

    private static void add(Map<Integer, long[]> meals, Sums s) {
        long[] t = meals.computeIfAbsent(s.meal(), k -> new long[2]);
        t[0] = Math.addExact(t[0], s.count());
        t[1] = Math.addExact(t[1], s.amountFen());
    }

    private static List<Meal> meals(Map<Integer, long[]> meals, Map<Long, String> mealNames) {
        List<Meal> out = new ArrayList<>();
        meals.forEach((meal, t) -> out.add(new Meal(meal, meal == null ? null : mealNames.get(meal.longValue()),
                t[0], t[1])));
        return out;
    }

    private static long count(List<Meal> meals) {
        return meals.stream().mapToLong(Meal::count).reduce(0, Math::addExact);
    }

    private static long amount(List<Meal> meals) {
        return meals.stream().mapToLong(Meal::amountFen).reduce(0, Math::addExact);
    }
}
