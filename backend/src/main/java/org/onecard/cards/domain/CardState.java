package org.onecard.cards.domain;

import java.time.LocalDate;

/** What the lifecycle rules need to know about a card. */
public record CardState(CardStatus stored, LocalDate expiresOn, boolean lostRefunded, boolean replaced) {

    /** The status a cardholder or terminal sees on a day: a usable card past its date is expired. */
    public CardStatus effective(LocalDate today) {
        if ((stored == CardStatus.NORMAL || stored == CardStatus.FROZEN) && today.isAfter(expiresOn)) {
            return CardStatus.EXPIRED;
        }
        return stored;
    }
}
