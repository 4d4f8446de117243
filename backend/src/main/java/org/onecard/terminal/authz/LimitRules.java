package org.onecard.terminal.authz;

import java.util.Optional;
import org.onecard.common.error.ResultCode;
import org.onecard.people.domain.GroupRuleDraft;
import org.onecard.rules.domain.CardTypeRules;
import org.onecard.terminal.authz.Decision.Refused;

/**
 * Rules 6–8: the per-transaction maximum, the card type's per-meal and per-day limits and the group
 * window's limits. Every limit is on the charged amount (what leaves the wallets, as the usage
 * counters count it); a limit of 0 means none; reaching a limit exactly is allowed. Amount limits
 * are not applied to a charge of 0 (count-only), which moves no money.
 */
final class LimitRules {

    private LimitRules() {
    }

    static Optional<Refused> perTransaction(long chargedFen, long maxFen, OverdraftPassword password) {
        if (maxFen == 0 || chargedFen <= maxFen || password == OverdraftPassword.MATCHED) {
            return Optional.empty();
        }
        return password == OverdraftPassword.WRONG
                ? AccessRules.refuse(ResultCode.OVERDRAFT_PASSWORD_WRONG, "The overdraft password does not match")
                : AccessRules.refuse(ResultCode.ABOVE_PER_TRANSACTION_MAX, chargedFen
                        + " fen is above the per-transaction maximum of " + maxFen + " fen; the overdraft password is required");
    }

    static Optional<Refused> cardType(long chargedFen, CardTypeRules type, Usage usage) {
        return count("per-meal", usage.mealCount(), type.perMealCountLimit())
                .or(() -> amount("per-meal", usage.mealAmountFen(), chargedFen, type.perMealAmountLimitFen()))
                .or(() -> count("per-day", usage.todayCount(), type.perDayCountLimit()))
                .or(() -> amount("per-day", usage.todayAmountFen(), chargedFen, type.perDayAmountLimitFen()));
    }

    static Optional<Refused> group(long chargedFen, GroupRuleDraft window, Usage usage) {
        String name = "group window " + window.windowStart() + "–" + window.windowEnd();
        return count(name, usage.windowCount(), window.countLimit())
                .or(() -> amount(name + " per-transaction", 0, chargedFen, window.perTransactionLimitFen()))
                .or(() -> amount(name + " daily", usage.todayAmountFen(), chargedFen, window.dailyLimitFen()));
    }

    private static Optional<Refused> count(String which, int usedSoFar, int limit) {
        if (limit == 0 || usedSoFar < limit) {
            return Optional.empty();
        }
        return AccessRules.refuse(ResultCode.COUNT_LIMIT_REACHED, "The " + which + " count limit of " + limit
                + " is reached (" + usedSoFar + " used)");
    }

    private static Optional<Refused> amount(String which, long usedFen, long chargedFen, long limitFen) {
        if (limitFen == 0 || chargedFen == 0 || Math.addExact(usedFen, chargedFen) <= limitFen) {
            return Optional.empty();
        }
        return AccessRules.refuse(ResultCode.AMOUNT_LIMIT_REACHED, "The " + which + " amount limit of " + limitFen
                + " fen would be passed (" + usedFen + " used, " + chargedFen + " asked)");
    }
}
