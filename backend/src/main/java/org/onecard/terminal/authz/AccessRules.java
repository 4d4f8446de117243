package org.onecard.terminal.authz;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.onecard.cards.domain.CardState;
import org.onecard.cards.domain.Lifecycle;
import org.onecard.cards.domain.Transition;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Outcome;
import org.onecard.rules.domain.CardTypeRules;
import org.onecard.rules.domain.MealPeriod;
import org.onecard.rules.domain.MealSchedule;
import org.onecard.terminal.TerminalAuth;
import org.onecard.terminal.TerminalPurpose;
import org.onecard.terminal.authz.Decision.Refused;

/**
 * Rules 1–4 (and 2a): may this card pay on this terminal now, before any amount is looked at. The card
 * and cylinder rules are public for the terminal acts that do not go through {@link Authoriser} (a
 * dispenser's fuel sale).
 */
public final class AccessRules {

    private AccessRules() {
    }

    static Optional<Refused> terminal(TerminalAuth terminal) {
        if (!terminal.enabled()) {
            return refuse(ResultCode.TERMINAL_DISABLED, "Terminal " + terminal.code() + " is disabled");
        }
        if (terminal.purpose() != TerminalPurpose.CONSUMPTION) {
            return refuse(ResultCode.WRONG_TERMINAL_PURPOSE, "Terminal " + terminal.code() + " is a "
                    + terminal.purpose() + " terminal; purchases need a CONSUMPTION terminal");
        }
        return Optional.empty();
    }

    /** Lost, frozen, cancelled, replaced, or past its expiry date on the request's local day. */
    public static Optional<Refused> card(CardState card, LocalDate today) {
        if (Lifecycle.acceptsMoney(card, today) instanceof Transition.Refused no) {
            return refuse(no.code(), "A " + card.effective(today) + " card cannot pay");
        }
        return Optional.empty();
    }

    /** A vehicle's card pays up to its cylinder inspection due date, that day included. */
    public static Optional<Refused> cylinder(LocalDate dueOn, LocalDate today) {
        if (dueOn != null && today.isAfter(dueOn)) {
            return refuse(ResultCode.CYLINDER_INSPECTION_OVERDUE, "The vehicle's cylinder inspection was due on " + dueOn);
        }
        return Optional.empty();
    }

    static Outcome<MealPeriod> meal(MealSchedule meals, CardTypeRules type, LocalTime time) {
        Outcome<MealPeriod> covering = meal(meals, time);
        if (!(covering instanceof Outcome.Done<MealPeriod>)) {
            return covering;
        }
        Optional<MealPeriod> meal = meals.at(time);
        if (!type.allowedMealPeriods().contains(meal.get().id())) {
            return Outcome.refused(ResultCode.MEAL_NOT_ALLOWED, "Card type " + type.name() + " may not pay in meal period "
                    + meal.get().id() + " (" + meal.get().name() + ")");
        }
        return Outcome.done(meal.get());
    }

    /** The meal period covering the time, whoever pays. */
    static Outcome<MealPeriod> meal(MealSchedule meals, LocalTime time) {
        return meals.at(time).<Outcome<MealPeriod>>map(Outcome::done)
                .orElseGet(() -> Outcome.refused(ResultCode.OUTSIDE_MEAL_PERIOD, "No meal period covers " + time));
    }

    static Optional<Refused> terminalAllowed(CardTypeRules type, TerminalAuth terminal) {
        if (type.allTerminals() || type.allowedTerminals().contains(terminal.machineNo())) {
            return Optional.empty();
        }
        return refuse(ResultCode.TERMINAL_NOT_ALLOWED, "Card type " + type.name() + " may not pay on terminal "
                + terminal.machineNo());
    }

    static Optional<Refused> refuse(ResultCode code, String detail) {
        return Optional.of(new Refused(code, detail));
    }
}
