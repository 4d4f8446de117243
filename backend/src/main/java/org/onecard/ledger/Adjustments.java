package org.onecard.ledger;

import org.onecard.common.error.ResultCode;
import org.onecard.ledger.domain.AccountKind;
import org.onecard.ledger.domain.OwnerType;
import org.onecard.ledger.domain.PostingOutcome;
import org.onecard.ledger.domain.PostingOutcome.Declined;
import org.onecard.ledger.domain.PostingRequest;
import org.onecard.ledger.domain.TransferCode;
import org.onecard.ledger.domain.TransferLeg;
import org.onecard.ledger.persistence.AccountStore;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Manual adjustments (调账): one account against the system adjustments account, so every
 * correction is a new, visible transfer and never an edit.
 */
@Service
public class Adjustments {

    private final Ledger ledger;
    private final AccountStore accounts;

    public Adjustments(Ledger ledger, AccountStore accounts) {
        this.ledger = ledger;
        this.accounts = accounts;
    }

    public Mono<PostingOutcome> adjust(String key, long accountId, boolean credit, long amountFen, String note,
                                       long operatorId) {
        return accounts.open(AccountKind.ADJUSTMENTS, OwnerType.SYSTEM, 0, "Adjustments")
                .flatMap(adjustmentsId -> {
                    if (adjustmentsId == accountId) {
                        return Mono.just(new Declined(ResultCode.ACCOUNT_NOT_DIRECTLY_POSTABLE,
                                "The adjustments account is the other side of every adjustment", false));
                    }
                    TransferLeg leg = credit
                            ? new TransferLeg(adjustmentsId, accountId, amountFen, TransferCode.ADJUSTMENT)
                            : new TransferLeg(accountId, adjustmentsId, amountFen, TransferCode.ADJUSTMENT);
                    return ledger.post(new PostingRequest("adj:" + key, java.util.List.of(leg), operatorId, null,
                            null, null, false, note));
                });
    }
}
