package org.onecard.cards.domain;

import java.time.LocalDate;
import org.onecard.cards.domain.Transition.Allowed;
import org.onecard.cards.domain.Transition.Refused;
import org.onecard.common.error.ResultCode;

/**
 * The card lifecycle as small rules (DOMAIN §3): loss and unloss, freeze, reissue (only a lost
 * card, only once), cancel, renew, and whether a card may take money.
 */
public final class Lifecycle {

    private Lifecycle() {
    }

    public static Transition loss(CardState card) {
        return switch (card.stored()) {
            case NORMAL, FROZEN -> new Allowed(CardStatus.LOST);
            default -> refusedFrom(card.stored(), "report it lost");
        };
    }

    public static Transition unloss(CardState card) {
        if (card.stored() == CardStatus.REPLACED || card.replaced()) {
            return new Refused(ResultCode.CARD_REPLACED, "The card was reissued; the new card is the one to use");
        }
        if (card.lostRefunded()) {
            return new Refused(ResultCode.LOST_CARD_REFUNDED, "The lost card's balance was refunded");
        }
        return card.stored() == CardStatus.LOST ? new Allowed(CardStatus.NORMAL) : refusedFrom(card.stored(), "unlose it");
    }

    public static Transition freeze(CardState card) {
        return card.stored() == CardStatus.NORMAL ? new Allowed(CardStatus.FROZEN) : refusedFrom(card.stored(), "freeze it");
    }

    public static Transition unfreeze(CardState card) {
        return card.stored() == CardStatus.FROZEN ? new Allowed(CardStatus.NORMAL) : refusedFrom(card.stored(), "unfreeze it");
    }

    /** Only a lost card can be reissued, and only once; the old card becomes REPLACED. */
    public static Transition reissue(CardState card) {
        if (card.replaced() || card.stored() == CardStatus.REPLACED) {
            return new Refused(ResultCode.CARD_REPLACED, "This card was already reissued once");
        }
        if (card.lostRefunded()) {
            return new Refused(ResultCode.LOST_CARD_REFUNDED, "The lost card's balance was refunded");
        }
        return card.stored() == CardStatus.LOST ? new Allowed(CardStatus.REPLACED)
                : new Refused(ResultCode.CARD_STATE_FORBIDS, "Only a lost card can be reissued; this one is " + card.stored());
    }

    public static Transition cancel(CardState card) {
        return switch (card.stored()) {
            case NORMAL, FROZEN, LOST -> new Allowed(CardStatus.CANCELLED);
            default -> refusedFrom(card.stored(), "cancel it");
        };
    }

    public static Transition renew(CardState card) {
        return switch (card.stored()) {
            case NORMAL, FROZEN -> new Allowed(card.stored());
            default -> refusedFrom(card.stored(), "renew it");
        };
    }

    /** Whether money may be put on the card at the counter today. */
    public static Transition acceptsMoney(CardState card, LocalDate today) {
        CardStatus status = card.effective(today);
        return status == CardStatus.NORMAL ? new Allowed(CardStatus.NORMAL) : refusedFrom(status, "take money");
    }

    static Refused refusedFrom(CardStatus status, String what) {
        ResultCode code = switch (status) {
            case LOST -> ResultCode.CARD_LOST;
            case FROZEN -> ResultCode.CARD_FROZEN;
            case CANCELLED -> ResultCode.CARD_CANCELLED;
            case REPLACED -> ResultCode.CARD_REPLACED;
            case EXPIRED -> ResultCode.CARD_EXPIRED;
            case NORMAL -> ResultCode.CARD_STATE_FORBIDS;
        };
        return new Refused(code, "A " + status + " card cannot " + what);
    }
}
