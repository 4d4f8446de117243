package org.onecard.terminal.purchase;

import java.util.Set;
import org.onecard.cards.domain.CardRecord;
import org.onecard.terminal.TerminalAuth;
import org.onecard.terminal.authz.Decision.Approved;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.purchase.PurchaseFacts.Gathered;

/**
 * An approved 0200 purchase waiting to be booked: the message, what was decided and on what facts,
 * and the operator signed on at the terminal (null: none).
 */
record Approval(IsoMessage message, PurchaseRequest request, TerminalAuth auth, CardRecord card, Gathered gathered,
                Approved decision, Long terminalOperatorId) {

    /** A charge of 0 moves no money: it is journalled on its own ({@code Ledger.record}), never in a batch. */
    boolean movesMoney() {
        return decision.chargedFen() > 0;
    }

    /** The wallets the booking may move; a batch holds each wallet once. */
    Set<Long> wallets() {
        return Set.of(gathered.cashWallet(), gathered.subsidyWallet());
    }
}
