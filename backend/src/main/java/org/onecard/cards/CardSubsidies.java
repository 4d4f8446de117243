package org.onecard.cards;

import org.onecard.cards.domain.CardStatus;
import org.onecard.common.error.ApiException;
import org.onecard.common.error.ResultCode;
import org.onecard.subsidy.SubsidyClaims;
import org.onecard.subsidy.SubsidyQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Where the card lifecycle meets subsidies: a usable card receives what is pending; a cancel waits for it. */
@Component
class CardSubsidies {

    private static final Logger log = LoggerFactory.getLogger(CardSubsidies.class);

    private final SubsidyClaims claims;
    private final SubsidyQueries queries;
    private final CardReads reads;

    CardSubsidies(SubsidyClaims claims, SubsidyQueries queries, CardReads reads) {
        this.claims = claims;
        this.queries = queries;
        this.reads = reads;
    }

    /**
     * After a card became usable (issue, reissue, unloss, unfreeze) its person's distributed
     * subsidies go to the wallet, and the answer shows them. Should that fail, the card change
     * stands and the periodic sweep claims them later.
     */
    Mono<CardView> claimed(CardView view) {
        if (view.status() != CardStatus.NORMAL) {
            return Mono.just(view);
        }
        return claims.claimPending(view.personId())
                .onErrorResume(e -> {
                    log.warn("Claiming subsidies of person {} failed; the sweep will retry", view.personId(), e);
                    return Mono.just(0L);
                })
                .flatMap(n -> n > 0 ? reads.view(view.id(), view.postingId(), view.replayed()) : Mono.just(view));
    }

    /** A card is not cancelled while subsidies wait for it: distribute or delete them first. */
    Mono<Void> refuseIfPending(long personId) {
        return queries.pendingFen(personId).flatMap(pending -> pending > 0
                ? Mono.error(new ApiException(ResultCode.SUBSIDY_PENDING,
                        pending + " fen of subsidies are registered or distributed but not yet received"))
                : Mono.empty());
    }
}
