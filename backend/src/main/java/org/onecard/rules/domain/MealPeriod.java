package org.onecard.rules.domain;

import java.time.LocalTime;

/** One of the eight fixed meal periods (餐别). A period covers [start, end). */
public record MealPeriod(int id, String name, LocalTime start, LocalTime end, boolean enabled) {

    public static final int COUNT = 8;

    public boolean covers(LocalTime time) {
        return enabled && !time.isBefore(start) && time.isBefore(end);
    }
}
