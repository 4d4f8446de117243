package org.onecard.cards.domain;

import java.time.LocalDate;

/** A stored card. */
public record CardRecord(
        long id,
        String cardNo,
        String serial,
        long personId,
        CardStatus status,
        LocalDate issuedOn,
        LocalDate expiresOn,
        long depositFen,
        long costFen,
        Long cardTypeId,
        boolean lostRefunded,
        Long replacedByCardId,
        Long reissuedFromCardId) {

    public CardState state() {
        return new CardState(status, expiresOn, lostRefunded, replacedByCardId != null);
    }
}
