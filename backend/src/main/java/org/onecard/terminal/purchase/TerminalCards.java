package org.onecard.terminal.purchase;

import org.onecard.cards.CredentialResolver;
import org.onecard.cards.domain.CardRecord;
import org.onecard.cards.domain.Credentials.Match;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Outcome;
import org.onecard.paycode.PayCodes;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The card a terminal's credential stands for; a credential naming nothing is "not on the whitelist"
 * (14). A scanned pay code stands for the card it was issued for, and is used up by the request.
 */
@Component
class TerminalCards {

    private final CredentialResolver credentials;
    private final PayCodes payCodes;

    TerminalCards(CredentialResolver credentials, PayCodes payCodes) {
        this.credentials = credentials;
        this.payCodes = payCodes;
    }

    /** The card the purchase names: by its credential, or by the pay code it carries (used up for its key). */
    Mono<Outcome<CardRecord>> card(PurchaseRequest purchase) {
        return purchase.scanned() ? payCodes.redeem(purchase.credential(), purchase.key()) : card(purchase.credential());
    }

    Mono<Outcome<CardRecord>> card(String credential) {
        return credentials.resolve(credential).map(found -> {
            if (found instanceof Outcome.Refused<Match> no) {
                ResultCode code = no.code() == ResultCode.NOT_FOUND ? ResultCode.CARD_NOT_ON_WHITELIST : no.code();
                return Outcome.refused(code, no.detail());
            }
            return Outcome.done(((Outcome.Done<Match>) found).value().card());
        });
    }
}
