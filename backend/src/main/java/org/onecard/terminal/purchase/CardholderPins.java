package org.onecard.terminal.purchase;

import org.onecard.cards.CardPins;
import org.onecard.cards.domain.CardRecord;
import org.onecard.common.error.ResultCode;
import org.onecard.rules.domain.CardTypeRules;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.iso8583.PinBlock;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The cardholder's PIN of a 0200 purchase, asked only when the card's type requires it (§2.8):
 * field 63 carries it as the 16 hex digits of an ISO 9564 format 2 block (field 52 is the overdraft
 * password's). Absent or unreadable: 5137; not the card's PIN (or the card has none set): 5138.
 */
@Component
class CardholderPins {

    static final int FIELD = 63;

    private final CardPins pins;

    CardholderPins(CardPins pins) {
        this.pins = pins;
    }

    Mono<ResultCode> check(IsoMessage request, CardRecord card, CardTypeRules type) {
        if (!type.pinRequired()) {
            return Mono.just(ResultCode.OK);
        }
        String pin;
        try {
            pin = PinBlock.fromHex(request.text(FIELD));
        } catch (IllegalArgumentException e) {
            return Mono.just(ResultCode.CARD_PIN_REQUIRED);
        }
        return pins.matches(card.id(), pin).map(right -> right ? ResultCode.OK : ResultCode.CARD_PIN_WRONG);
    }
}
