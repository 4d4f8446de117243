package org.onecard.rules.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.onecard.common.error.FieldProblem;

/**
 * A card type (卡类) and its consumption rules (DOMAIN §2). Limits of 0 mean "none";
 * {@code maxBalanceFen} 0 means the system maximum applies. {@code pinRequired}: a purchase at a
 * terminal must carry the cardholder's PIN (openapi/terminal-protocol.md §2.8).
 */
public record CardTypeRules(
        String name,
        int discountPercent,
        long perTransactionMaxFen,
        int validDays,
        long minBalanceFen,
        long maxBalanceFen,
        DeductionOrder deductionOrder,
        int perMealCountLimit,
        long perMealAmountLimitFen,
        int perDayCountLimit,
        long perDayAmountLimitFen,
        Set<Integer> allowedMealPeriods,
        boolean allTerminals,
        Set<Integer> allowedTerminals,
        boolean pinRequired) {

    public static final int MAX_NAME = 50;
    public static final int MAX_TERMINALS = 999;

    public CardTypeRules {
        allowedMealPeriods = allowedMealPeriods == null ? Set.of() : Set.copyOf(allowedMealPeriods);
        allowedTerminals = allowedTerminals == null ? Set.of() : Set.copyOf(allowedTerminals);
    }

    /** A type that asks for no PIN. */
    public CardTypeRules(String name, int discountPercent, long perTransactionMaxFen, int validDays, long minBalanceFen,
                         long maxBalanceFen, DeductionOrder deductionOrder, int perMealCountLimit,
                         long perMealAmountLimitFen, int perDayCountLimit, long perDayAmountLimitFen,
                         Set<Integer> allowedMealPeriods, boolean allTerminals, Set<Integer> allowedTerminals) {
        this(name, discountPercent, perTransactionMaxFen, validDays, minBalanceFen, maxBalanceFen, deductionOrder,
                perMealCountLimit, perMealAmountLimitFen, perDayCountLimit, perDayAmountLimitFen, allowedMealPeriods,
                allTerminals, allowedTerminals, false);
    }

    /** What the cardholder is charged: amount × discount / 100, rounded half-up to the fen. */
    public long charge(long amountFen) {
        return Math.addExact(Math.multiplyExact(amountFen, discountPercent), 50) / 100;
    }

    public List<FieldProblem> problems() {
        List<FieldProblem> out = new ArrayList<>();
        if (name == null || name.isBlank() || name.length() > MAX_NAME) {
            out.add(new FieldProblem("name", "is required, at most " + MAX_NAME + " characters"));
        }
        range(out, "discountPercent", discountPercent, 1, 100);
        range(out, "validDays", validDays, 0, 36_600);
        range(out, "perMealCountLimit", perMealCountLimit, 0, 1000);
        range(out, "perDayCountLimit", perDayCountLimit, 0, 1000);
        amount(out, "perTransactionMaxFen", perTransactionMaxFen);
        amount(out, "minBalanceFen", minBalanceFen);
        amount(out, "maxBalanceFen", maxBalanceFen);
        amount(out, "perMealAmountLimitFen", perMealAmountLimitFen);
        amount(out, "perDayAmountLimitFen", perDayAmountLimitFen);
        if (maxBalanceFen > 0 && minBalanceFen > maxBalanceFen) {
            out.add(new FieldProblem("minBalanceFen", "may not exceed maxBalanceFen"));
        }
        if (deductionOrder == null) {
            out.add(new FieldProblem("deductionOrder", "is required"));
        }
        if (allowedMealPeriods.stream().anyMatch(p -> p < 1 || p > MealPeriod.COUNT)) {
            out.add(new FieldProblem("allowedMealPeriods", "holds meal period ids 1.." + MealPeriod.COUNT));
        }
        if (allowedTerminals.stream().anyMatch(t -> t < 1 || t > MAX_TERMINALS)) {
            out.add(new FieldProblem("allowedTerminals", "holds terminal numbers 1.." + MAX_TERMINALS));
        }
        if (!allTerminals && allowedTerminals.isEmpty()) {
            out.add(new FieldProblem("allowedTerminals", "lists at least one terminal unless allTerminals is on"));
        }
        return out;
    }

    private static void range(List<FieldProblem> out, String field, int value, int min, int max) {
        if (value < min || value > max) {
            out.add(new FieldProblem(field, "must be between " + min + " and " + max));
        }
    }

    private static void amount(List<FieldProblem> out, String field, long fen) {
        if (fen < 0 || fen > SystemParameters.MAX_AMOUNT_FEN) {
            out.add(new FieldProblem(field, "must be between 0 and " + SystemParameters.MAX_AMOUNT_FEN + " fen"));
        }
    }
}
