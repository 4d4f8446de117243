package org.onecard.cards;

import java.util.List;
import org.onecard.cards.domain.CardRecord;
import org.onecard.cards.domain.CardStatus;
import org.onecard.cards.persistence.CardStore;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Flows;
import org.onecard.common.outcome.Outcome;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Cards bound to a vehicle (gas stations): the card still belongs to its holder's wallets; the
 * vehicle only adds its plate and cylinder inspection date, which the terminal checks. The caller
 * (org.onecard.fleet) has checked that the vehicle exists.
 */
@Service
public class CardVehicles {

    /** No vehicle lists more cards than this. */
    public static final int MAX_CARDS = 100;

    private final CardStore cards;

    public CardVehicles(CardStore cards) {
        this.cards = cards;
    }

    /** Binds a usable card (normal, lost or frozen) that serves no other vehicle; binding it again changes nothing. */
    public Mono<Outcome<CardRecord>> bind(long cardId, long vehicleId) {
        return Flows.then(Flows.found(cards.find(cardId), () -> "Card " + cardId), card -> {
            if (card.vehicle() != null && card.vehicle().vehicleId() == vehicleId) {
                return Mono.just(Outcome.done(card));
            }
            if (card.vehicle() != null) {
                return Mono.just(Outcome.refused(ResultCode.CARD_ON_OTHER_VEHICLE, "Card " + card.cardNo()
                        + " serves vehicle " + card.vehicle().plate()));
            }
            if (!usable(card.status())) {
                return Mono.just(Outcome.refused(ResultCode.CARD_NOT_BINDABLE, "Card " + card.cardNo() + " is "
                        + card.status()));
            }
            return change(cardId, null, vehicleId);
        });
    }

    /** Unbinds a card from the vehicle it serves; a card not bound to that vehicle is not found there. */
    public Mono<Outcome<CardRecord>> unbind(long cardId, long vehicleId) {
        return Flows.then(Flows.found(cards.find(cardId)
                .filter(c -> c.vehicle() != null && c.vehicle().vehicleId() == vehicleId),
                () -> "Card " + cardId + " of vehicle " + vehicleId), card -> change(cardId, vehicleId, null));
    }

    public Mono<List<CardRecord>> ofVehicle(long vehicleId) {
        return cards.cardsOfVehicle(vehicleId, MAX_CARDS).collectList();
    }

    private Mono<Outcome<CardRecord>> change(long cardId, Long from, Long to) {
        return cards.setVehicle(cardId, from, to).flatMap(done -> done
                ? Flows.found(cards.find(cardId), () -> "Card " + cardId)
                : Mono.just(Outcome.refused(ResultCode.CARD_STATE_FORBIDS, "Card " + cardId
                        + " changed meanwhile; read it again")));
    }

    private static boolean usable(CardStatus status) {
        return status == CardStatus.NORMAL || status == CardStatus.LOST || status == CardStatus.FROZEN;
    }
}
