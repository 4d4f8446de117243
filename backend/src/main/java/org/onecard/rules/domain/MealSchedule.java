package org.onecard.rules.domain;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.onecard.common.error.FieldProblem;

/**
 * The day's meal periods: exactly ids 1..8, each enabled one named, starting before it ends,
 * and starting after the previous enabled period ends (DOMAIN §2).
 */
public record MealSchedule(List<MealPeriod> periods) {

    public static final int MAX_NAME = 20;

    public MealSchedule {
        periods = periods.stream().sorted(Comparator.comparingInt(MealPeriod::id)).toList();
    }

    public Optional<MealPeriod> at(LocalTime time) {
        return periods.stream().filter(p -> p.covers(time)).findFirst();
    }

    public List<FieldProblem> problems() {
        List<FieldProblem> out = new ArrayList<>();
        if (periods.size() != MealPeriod.COUNT) {
            out.add(new FieldProblem("periods", "must list the " + MealPeriod.COUNT + " periods 1.." + MealPeriod.COUNT));
            return out;
        }
        MealPeriod previous = null;
        for (int i = 0; i < periods.size(); i++) {
            MealPeriod p = periods.get(i);
            String at = "periods[" + i + "]";
            if (p.id() != i + 1) {
                out.add(new FieldProblem(at + ".id", "must be " + (i + 1)));
                continue;
            }
            if (p.name() != null && p.name().length() > MAX_NAME) {
                out.add(new FieldProblem(at + ".name", "is longer than " + MAX_NAME));
            }
            if (!p.enabled()) {
                continue;
            }
            if (p.name() == null || p.name().isBlank()) {
                out.add(new FieldProblem(at + ".name", "is required for an enabled period"));
            }
            if (p.start() == null || p.end() == null || !p.start().isBefore(p.end())) {
                out.add(new FieldProblem(at + ".end", "must be after the start"));
                continue;
            }
            if (previous != null && p.start().isBefore(previous.end())) {
                out.add(new FieldProblem(at + ".start", "must not be before period " + previous.id() + " ends"));
            }
            previous = p;
        }
        return out;
    }
}
