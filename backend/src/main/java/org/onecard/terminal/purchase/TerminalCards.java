package org.onecard.terminal.purchase;

import org.onecard.cards.CredentialResolver;
import org.onecard.cards.domain.CardRecord;
import org.onecard.cards.domain.Credentials.Match;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Outcome;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The card a terminal's credential stands for; a credential naming nothing is "not on the whitelist" (14). */
@Component
class TerminalCards {

    private final CredentialResolver credentials;

    TerminalCards(CredentialResolver credentials) {
        this.credentials = credentials;
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
