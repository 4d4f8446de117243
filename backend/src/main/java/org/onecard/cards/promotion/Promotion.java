package org.onecard.cards.promotion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.onecard.common.error.FieldProblem;

/**
 * A recharge promotion (充值优惠): recharges of an amount in [minAmountFen, maxAmountFen] (no upper
 * bound when null) made on a day in [startsOn, endsOn] through one of its channels get a bonus of
 * {@code percent} % of the amount (rounded down to the fen) or {@code fixedFen}, at most
 * {@code maxBonusFen} (0 = no cap). Exactly one of percent and fixedFen is set.
 */
public record Promotion(Long id, String name, LocalDate startsOn, LocalDate endsOn, long minAmountFen,
                        Long maxAmountFen, Integer percent, Long fixedFen, long maxBonusFen, Set<Channel> channels,
                        boolean enabled, Instant createdAt, Instant updatedAt) {

    /** Where a recharge is taken; each rule says on which it applies. */
    public enum Channel { RECHARGE_POS, CASHIER, COUNTER, ONLINE }

    public Promotion {
        channels = channels == null || channels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(channels));
    }

    public boolean applies(Channel channel, long amountFen, LocalDate day) {
        return enabled && channels.contains(channel) && !day.isBefore(startsOn) && !day.isAfter(endsOn)
                && amountFen >= minAmountFen && (maxAmountFen == null || amountFen <= maxAmountFen);
    }

    /** The bonus on {@code amountFen}: percent (rounded down) or fixed, capped. */
    public long bonusFor(long amountFen) {
        long raw = percent != null ? Math.multiplyExact(amountFen, percent) / 100 : fixedFen;
        return maxBonusFen > 0 ? Math.min(raw, maxBonusFen) : raw;
    }

    /** Two rules overlap when their dates, amount tiers and channels all share something. */
    public boolean overlaps(Promotion other) {
        boolean days = !startsOn.isAfter(other.endsOn) && !other.startsOn.isAfter(endsOn);
        boolean tiers = (maxAmountFen == null || other.minAmountFen <= maxAmountFen)
                && (other.maxAmountFen == null || minAmountFen <= other.maxAmountFen);
        boolean shared = channels.stream().anyMatch(other.channels::contains);
        return days && tiers && shared;
    }

    public List<FieldProblem> problems() {
        List<FieldProblem> p = new ArrayList<>();
        if (name == null || name.isBlank() || name.length() > 100) {
            p.add(new FieldProblem("name", "1 to 100 characters"));
        }
        if (startsOn == null) {
            p.add(new FieldProblem("startsOn", "required"));
        }
        if (endsOn == null) {
            p.add(new FieldProblem("endsOn", "required"));
        }
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            p.add(new FieldProblem("endsOn", "must not be before startsOn"));
        }
        if (minAmountFen <= 0) {
            p.add(new FieldProblem("minAmountFen", "must be positive"));
        }
        if (maxAmountFen != null && maxAmountFen < minAmountFen) {
            p.add(new FieldProblem("maxAmountFen", "must not be below minAmountFen"));
        }
        if ((percent == null) == (fixedFen == null)) {
            p.add(new FieldProblem("percent", "exactly one of percent and fixedFen"));
        }
        if (percent != null && (percent < 1 || percent > 100)) {
            p.add(new FieldProblem("percent", "1 to 100"));
        }
        if (fixedFen != null && fixedFen <= 0) {
            p.add(new FieldProblem("fixedFen", "must be positive"));
        }
        if (maxBonusFen < 0) {
            p.add(new FieldProblem("maxBonusFen", "0 (no cap) or positive"));
        }
        if (channels.isEmpty()) {
            p.add(new FieldProblem("channels", "at least one of RECHARGE_POS, CASHIER, COUNTER, ONLINE"));
        }
        return p;
    }
}
