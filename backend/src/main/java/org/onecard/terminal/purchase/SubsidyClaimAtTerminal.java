package org.onecard.terminal.purchase;

import org.onecard.cards.domain.CardRecord;
import org.onecard.cards.domain.Lifecycle;
import org.onecard.cards.domain.Transition;
import org.onecard.common.error.ResultCode;
import org.onecard.common.time.BusinessClock;
import org.onecard.subsidy.SubsidyClaims;
import org.onecard.terminal.TerminalAuth;
import org.onecard.terminal.TerminalPurpose;
import org.onecard.terminal.purchase.PurchaseBooking.Answer;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * 0200 with processing code {@value #PROCESSING}: the cardholder claims their distributed
 * subsidies at a subsidy or consumption terminal (补贴领取). The server claims them at once (as it
 * would on its next sweep), so the claim is safe to repeat and needs no key of its own; the reply
 * says how much the subsidy wallet grew and the balances after.
 */
@Component
class SubsidyClaimAtTerminal {

    static final String PROCESSING = "170000";

    private final SubsidyClaims claims;
    private final PurchaseFacts facts;
    private final BusinessClock clock;

    SubsidyClaimAtTerminal(SubsidyClaims claims, PurchaseFacts facts, BusinessClock clock) {
        this.claims = claims;
        this.facts = facts;
        this.clock = clock;
    }

    Mono<Answer> claim(CardRecord card, TerminalAuth auth) {
        if (auth.purpose() != TerminalPurpose.SUBSIDY && auth.purpose() != TerminalPurpose.CONSUMPTION) {
            return Mono.just(Answer.refused(ResultCode.WRONG_TERMINAL_PURPOSE));
        }
        if (Lifecycle.acceptsMoney(card.state(), clock.accountingDate(clock.now())) instanceof Transition.Refused no) {
            return Mono.just(Answer.refused(no.code()));
        }
        return facts.wallets(card.personId()).flatMap(before -> claims.claimPending(card.personId())
                .then(facts.wallets(card.personId()))
                .map(after -> new Answer(ResultCode.OK, null,
                        Math.max(0, after.subsidy().balance() - before.subsidy().balance()),
                        after.cash().balance(), after.subsidy().balance())));
    }
}
