package org.onecard.cards.domain;

import java.time.LocalDate;

/**
 * A stored card; {@code vehicle} is null unless the card is bound to one (gas stations), and
 * {@code greyLockId} unless a dispenser's pending lock makes it grey (灰卡).
 */
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
        Long reissuedFromCardId,
        VehicleLink vehicle,
        Long greyLockId) {

    /** A card that is not grey. */
    public CardRecord(long id, String cardNo, String serial, long personId, CardStatus status, LocalDate issuedOn,
                      LocalDate expiresOn, long depositFen, long costFen, Long cardTypeId, boolean lostRefunded,
                      Long replacedByCardId, Long reissuedFromCardId, VehicleLink vehicle) {
        this(id, cardNo, serial, personId, status, issuedOn, expiresOn, depositFen, costFen, cardTypeId, lostRefunded,
                replacedByCardId, reissuedFromCardId, vehicle, null);
    }

    /** A card bound to no vehicle. */
    public CardRecord(long id, String cardNo, String serial, long personId, CardStatus status, LocalDate issuedOn,
                      LocalDate expiresOn, long depositFen, long costFen, Long cardTypeId, boolean lostRefunded,
                      Long replacedByCardId, Long reissuedFromCardId) {
        this(id, cardNo, serial, personId, status, issuedOn, expiresOn, depositFen, costFen, cardTypeId, lostRefunded,
                replacedByCardId, reissuedFromCardId, null);
    }

    /** The bound vehicle's cylinder inspection due date; null for a card bound to no vehicle. */
    public LocalDate cylinderDueOn() {
        return vehicle == null ? null : vehicle.cylinderDueOn();
    }

    public CardState state() {
        return new CardState(status, expiresOn, lostRefunded, replacedByCardId != null);
    }
}
