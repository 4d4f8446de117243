package org.onecard.terminal.authz;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;
import org.onecard.rules.domain.MealSchedule;
import org.onecard.rules.domain.SystemParameters;

/**
 * Everything one online purchase is decided on, gathered by the caller.
 *
 * @param at    when the server received the request; with {@code zone} it gives the local day and
 *              time that meal periods, time segments, group windows and card expiry are read in
 * @param entry what the terminal sent for its work mode (amount, key, product lines, duration)
 */
public record AuthRequest(
        TerminalSetup terminal,
        CardFacts card,
        Instant at,
        ZoneId zone,
        Entry entry,
        OverdraftPassword overdraftPassword,
        Balances balances,
        Usage usage,
        MealSchedule meals,
        SystemParameters parameters) {

    public AuthRequest {
        Objects.requireNonNull(terminal, "terminal");
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(overdraftPassword, "overdraftPassword");
        Objects.requireNonNull(balances, "balances");
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(meals, "meals");
        Objects.requireNonNull(parameters, "parameters");
    }

    public LocalDateTime localTime() {
        return LocalDateTime.ofInstant(at, zone);
    }
}
