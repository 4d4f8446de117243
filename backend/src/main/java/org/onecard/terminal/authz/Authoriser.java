package org.onecard.terminal.authz;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Outcome;
import org.onecard.people.domain.GroupRule;
import org.onecard.rules.domain.CardTypeRules;
import org.onecard.rules.domain.DeductionOrder;
import org.onecard.rules.domain.MealPeriod;
import org.onecard.rules.domain.MealSchedule;
import org.onecard.rules.domain.WalletSplit;
import org.onecard.terminal.authz.Decision.Approved;
import org.onecard.terminal.authz.Decision.Refused;

/**
 * Decides an online purchase. The rules run in this fixed order and the first that refuses is
 * the answer, so a terminal always shows the same reason for the same situation:
 * <ol>
 * <li>Terminal: enabled (5080), purpose CONSUMPTION (5081).</li>
 * <li>Card state on the request's local day: lost 5005, frozen 5006, cancelled 5007, replaced
 *     5008, expired 5009.</li>
 * <li>2a. A card bound to a vehicle: the vehicle's cylinder inspection due date not passed on that
 *     day (8011; the due date itself still pays); a grey card, locked by a dispenser (8044).</li>
 * <li>Meal period: one covers the local time (5083) and the card type allows it (5084).</li>
 * <li>Terminal allowed for the card type (5085).</li>
 * <li>Amount from the work mode in effect at that time ({@link EffectiveMode}, {@link ModeAmounts}):
 *     wrong entry for the mode 5086, mode without a price now 5087, unset key 5088, a barcode the
 *     outlet does not sell 5110, bad amount (or not the one the terminal showed) 3003. The charge
 *     follows at once ({@link Pricing}: card-type × group-window discount); it
 *     never refuses, and the limits below are on it.</li>
 * <li>Per-transaction maximum of the card type: above it the overdraft password is required
 *     (5089) and must match (5090).</li>
 * <li>Card-type limits: per-meal count, per-meal amount, per-day count, per-day amount (5091 count,
 *     5092 amount).</li>
 * <li>Group rule of the window holding the time: count in the window, per transaction, daily
 *     amount (5091, 5092).</li>
 * <li>Same-card interval since the card's last online use on any terminal, by the server's time of receipt (5093).</li>
 * <li>Wallets cover the charge in the deduction order: the card type's, else the system default
 *     (3001).</li>
 * <li>Balance after the charge not below the card type's minimum (5094).</li>
 * </ol>
 * A charge of 0 (count-only, or a discount that rounds to 0) is still counted by the count limits
 * and the interval, but moves no money: amount limits, wallets and minimum balance pass.
 * <p>
 * A purchase no card pays (a WeChat / Alipay payment code, {@link #decideAtTerminal}) runs the rules
 * that do not need a card, in the same order: 1, a meal period covering the time (3, with no card type
 * to allow or refuse it), 5; the amount asked is charged as it is (no card type, no group, no discount),
 * and must be more than 0 (3003). The payer's gateway decides the money.
 */
public final class Authoriser {

    private Authoriser() {
    }

    public static Decision decide(AuthRequest r) {
        LocalDateTime local = r.localTime();
        CardTypeRules type = r.card().type();
        Optional<Refused> access = AccessRules.terminal(r.terminal().auth())
                .or(() -> AccessRules.card(r.card().state(), local.toLocalDate()))
                .or(() -> AccessRules.cylinder(r.card().cylinderDueOn(), local.toLocalDate()))
                .or(() -> r.card().grey() ? AccessRules.refuse(ResultCode.FUEL_CARD_GREY,
                        "A dispenser's lock is pending on the card") : Optional.empty());
        if (access.isPresent()) {
            return access.get();
        }
        Outcome<MealPeriod> meal = AccessRules.meal(r.meals(), type, local.toLocalTime());
        if (!(meal instanceof Outcome.Done<MealPeriod> mealPeriod)) {
            return Refused.of(meal);
        }
        Optional<Refused> terminal = AccessRules.terminalAllowed(type, r.terminal().auth());
        if (terminal.isPresent()) {
            return terminal.get();
        }
        EffectiveMode mode = EffectiveMode.at(r.terminal(), local.toLocalTime());
        Outcome<Long> amount = ModeAmounts.amount(mode.mode(), mode.settings(), local.toLocalTime(), r.entry());
        if (!(amount instanceof Outcome.Done<Long> asked)) {
            return Refused.of(amount);
        }
        Optional<GroupRule> window = GroupWindows.at(r.card().groupRules(), local.toLocalTime());
        long charged = Pricing.charge(asked.value(), type, window);
        return afterPricing(r, asked.value(), charged, window, mealPeriod.value().id());
    }

    /** What a purchase no card pays is charged: the work mode's amount, in a meal period. */
    public record TerminalCharge(long amountFen, int mealPeriodId) {
    }

    public static Outcome<TerminalCharge> decideAtTerminal(TerminalSetup terminal, Instant at, ZoneId zone, Entry entry,
                                                           MealSchedule meals) {
        LocalTime local = LocalDateTime.ofInstant(at, zone).toLocalTime();
        Optional<Refused> access = AccessRules.terminal(terminal.auth());
        if (access.isPresent()) {
            return Outcome.refused(access.get().code(), access.get().detail());
        }
        Outcome<MealPeriod> meal = AccessRules.meal(meals, local);
        if (!(meal instanceof Outcome.Done<MealPeriod> mealPeriod)) {
            return Outcome.refused(((Outcome.Refused<MealPeriod>) meal).code(), ((Outcome.Refused<MealPeriod>) meal).detail());
        }
        EffectiveMode mode = EffectiveMode.at(terminal, local);
        Outcome<Long> amount = ModeAmounts.amount(mode.mode(), mode.settings(), local, entry);
        if (!(amount instanceof Outcome.Done<Long> asked)) {
            Outcome.Refused<Long> no = (Outcome.Refused<Long>) amount;
            return Outcome.refused(no.code(), no.detail());
        }
        if (asked.value() <= 0) {
            return Outcome.refused(ResultCode.INVALID_AMOUNT, "A payment code pays an amount of more than 0");
        }
        return Outcome.done(new TerminalCharge(asked.value(), mealPeriod.value().id()));
    }

    private static Decision afterPricing(AuthRequest r, long amountFen, long chargedFen, Optional<GroupRule> window,
                                         int mealPeriodId) {
        CardTypeRules type = r.card().type();
        Optional<Refused> refused = LimitRules.perTransaction(chargedFen, type.perTransactionMaxFen(), r.overdraftPassword())
                .or(() -> LimitRules.cardType(chargedFen, type, r.usage()))
                .or(() -> window.flatMap(w -> LimitRules.group(chargedFen, w.terms(), r.usage())))
                .or(() -> MoneyRules.interval(r.usage().lastUseAt(), r.at(), r.terminal().sameCardIntervalSeconds()));
        if (refused.isPresent()) {
            return refused.get();
        }
        DeductionOrder order = MoneyRules.order(type, r.parameters());
        Outcome<WalletSplit> split = MoneyRules.split(chargedFen, r.balances(), order);
        if (!(split instanceof Outcome.Done<WalletSplit> covered)) {
            return Refused.of(split);
        }
        Optional<Refused> minimum = MoneyRules.minimumBalance(chargedFen, r.balances(), type.minBalanceFen());
        if (minimum.isPresent()) {
            return minimum.get();
        }
        return new Approved(amountFen, chargedFen, covered.value(), order, mealPeriodId);
    }
}
