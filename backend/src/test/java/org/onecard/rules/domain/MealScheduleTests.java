package org.onecard.rules.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MealScheduleTests {

    static List<MealPeriod> day() {
        List<MealPeriod> periods = new ArrayList<>(List.of(
                new MealPeriod(1, "早餐", LocalTime.of(6, 0), LocalTime.of(9, 30), true),
                new MealPeriod(2, "午餐", LocalTime.of(10, 30), LocalTime.of(13, 30), true),
                new MealPeriod(3, "晚餐", LocalTime.of(16, 30), LocalTime.of(19, 30), true)));
        for (int id = 4; id <= 8; id++) {
            periods.add(new MealPeriod(id, null, null, null, false));
        }
        return periods;
    }

    @Test
    void findsThePeriodOfATime() {
        MealSchedule schedule = new MealSchedule(day());
        assertThat(schedule.problems()).isEmpty();
        assertThat(schedule.at(LocalTime.of(12, 0))).hasValueSatisfying(p -> assertThat(p.id()).isEqualTo(2));
        assertThat(schedule.at(LocalTime.of(10, 0))).isEmpty();
        assertThat(schedule.at(LocalTime.of(13, 30))).as("the end is exclusive").isEmpty();
    }

    @Test
    void refusesOverlapsBackwardsTimesAndMissingNames() {
        List<MealPeriod> periods = day();
        periods.set(1, new MealPeriod(2, "午餐", LocalTime.of(9, 0), LocalTime.of(13, 30), true));
        periods.set(2, new MealPeriod(3, "", LocalTime.of(19, 30), LocalTime.of(16, 30), true));
        assertThat(new MealSchedule(periods).problems()).extracting(p -> p.field())
                .containsExactly("periods[1].start", "periods[2].name", "periods[2].end");
    }

    @Test
    void needsExactlyEightPeriods() {
        assertThat(new MealSchedule(day().subList(0, 7)).problems()).extracting(p -> p.field())
                .containsExactly("periods");
    }

    @Test
    void disabledPeriodsMayOverlapAndBackToBackIsFine() {
        List<MealPeriod> periods = day();
        periods.set(3, new MealPeriod(4, "夜宵", LocalTime.of(7, 0), LocalTime.of(8, 0), false));
        periods.set(1, new MealPeriod(2, "午餐", LocalTime.of(9, 30), LocalTime.of(13, 30), true));
        assertThat(new MealSchedule(periods).problems()).isEmpty();
    }
}
