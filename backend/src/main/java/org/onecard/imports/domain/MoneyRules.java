package org.onecard.imports.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.onecard.cards.domain.CardRecord;
import org.onecard.cards.domain.CardStatus;
import org.onecard.cards.domain.Lifecycle;
import org.onecard.cards.domain.Transition;
import org.onecard.common.money.Money;
import org.onecard.excel.cardcentre.MoneyRow;
import org.onecard.excel.report.Reason;

/**
 * The checks of a recharge or refund row against what was looked up, in a fixed order. Who the
 * row names comes first: an unknown, out-of-scope or resigned person ends the checks, since
 * nothing else about the row can be judged then. Every other reason is reported at once.
 */
public final class MoneyRules {

    private MoneyRules() {
    }

    /**
     * @param subsidiesAvailable whether a subsidy registrar is installed
     * @param subsidiesPermitted whether the importing operator may grant subsidies (subsidy:manage)
     */
    public static List<Reason> recharge(MoneyRow row, MoneyFacts facts, MoneyLimits limits, boolean subsidiesAvailable,
                                        boolean subsidiesPermitted, LocalDate today) {
        List<Reason> reasons = new ArrayList<>();
        Optional<Holder> found = person(facts, true, reasons);
        if (found.isEmpty()) {
            return reasons;
        }
        crossChecks(row, found.get(), reasons);
        Optional<CardRecord> card = facts.cards().stream().filter(c -> usable(c, today)).findFirst();
        cardCheck(row, card, ImportReason.NO_USABLE_CARD, reasons);
        version(row, facts, reasons);
        if (row.cashFen() > 0) {
            long balance = Math.addExact(facts.cashFen(), facts.subsidyFen());
            if (limits.singleLimitFen() > 0 && row.cashFen() > limits.singleLimitFen()) {
                reasons.add(ImportReason.ABOVE_SINGLE_LIMIT.reason(yuan(limits.singleLimitFen())));
            }
            long after = Math.addExact(balance, row.cashFen());
            if (after > limits.maxBalanceFen()) {
                reasons.add(ImportReason.ABOVE_MAX_BALANCE.reason(yuan(after), yuan(limits.maxBalanceFen())));
            }
        } else if (row.cashFen() < 0 && -row.cashFen() > facts.cashFen()) {
            reasons.add(ImportReason.INSUFFICIENT_CASH.reason(yuan(facts.cashFen())));
        }
        if (row.subsidyFen() != 0 && !subsidiesAvailable) {
            reasons.add(ImportReason.SUBSIDY_UNAVAILABLE.reason());
        } else if (row.subsidyFen() != 0 && !subsidiesPermitted) {
            reasons.add(ImportReason.SUBSIDY_NOT_PERMITTED.reason());
        }
        if (row.subsidyFen() != 0 && row.subsidyExpiry().filter(expiry -> expiry.isBefore(today)).isPresent()) {
            reasons.add(ImportReason.SUBSIDY_EXPIRED.reason(row.subsidyExpiry().get().toString()));
        }
        return reasons;
    }

    /** A refund: the person (active or resigned) with a normal or frozen card and the amounts in the wallets. */
    public static List<Reason> refund(MoneyRow row, MoneyFacts facts) {
        List<Reason> reasons = new ArrayList<>();
        Optional<Holder> found = person(facts, false, reasons);
        if (found.isEmpty()) {
            return reasons;
        }
        crossChecks(row, found.get(), reasons);
        Optional<CardRecord> card = facts.cards().stream()
                .filter(c -> c.status() == CardStatus.NORMAL || c.status() == CardStatus.FROZEN).findFirst();
        cardCheck(row, card, ImportReason.NO_REFUNDABLE_CARD, reasons);
        version(row, facts, reasons);
        if (row.cashFen() > facts.cashFen()) {
            reasons.add(ImportReason.INSUFFICIENT_CASH.reason(yuan(facts.cashFen())));
        }
        if (row.subsidyFen() > facts.subsidyFen()) {
            reasons.add(ImportReason.INSUFFICIENT_SUBSIDY.reason(yuan(facts.subsidyFen())));
        }
        return reasons;
    }

    public static boolean usable(CardRecord card, LocalDate today) {
        return Lifecycle.acceptsMoney(card.state(), today) instanceof Transition.Allowed;
    }

    private static Optional<Holder> person(MoneyFacts facts, boolean mustBeActive, List<Reason> reasons) {
        if (facts.holder().isEmpty()) {
            reasons.add(ImportReason.PERSON_UNKNOWN.reason());
        } else if (!facts.inScope()) {
            reasons.add(ImportReason.OUTSIDE_SCOPE.reason());
        } else if (mustBeActive && !facts.holder().get().active()) {
            reasons.add(ImportReason.PERSON_RESIGNED.reason());
        } else {
            return facts.holder();
        }
        return Optional.empty();
    }

    /** Department (by name or code), name and card number may be blank; when given they must match. */
    private static void crossChecks(MoneyRow row, Holder holder, List<Reason> reasons) {
        row.department().filter(d -> !d.equals(holder.departmentName()) && !d.equals(holder.departmentCode()))
                .ifPresent(d -> reasons.add(ImportReason.DEPARTMENT_MISMATCH.reason(holder.departmentName())));
        row.name().filter(n -> !n.equals(holder.name()))
                .ifPresent(n -> reasons.add(ImportReason.NAME_MISMATCH.reason(holder.name())));
    }

    private static void cardCheck(MoneyRow row, Optional<CardRecord> card, ImportReason none, List<Reason> reasons) {
        if (card.isEmpty()) {
            reasons.add(none.reason());
            return;
        }
        String cardNo = card.get().cardNo();
        row.cardNo().filter(no -> !no.equals(cardNo))
                .ifPresent(no -> reasons.add(ImportReason.CARD_MISMATCH.reason(cardNo)));
    }

    private static void version(MoneyRow row, MoneyFacts facts, List<Reason> reasons) {
        facts.lastVersion().filter(last -> row.version() <= last)
                .ifPresent(last -> reasons.add(ImportReason.VERSION_NOT_GREATER.reason(last)));
    }

    static String yuan(long fen) {
        return Money.ofFen(fen).toYuanString();
    }
}
