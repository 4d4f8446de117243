package org.onecard.terminal.purchase;

import org.onecard.common.error.ResultCode;
import org.onecard.common.text.Ascii;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.purchase.PurchaseBooking.Answer;
import org.onecard.terminal.server.Replies;

/**
 * The 0210: 11, 41 echoed, 3, 12, 13, 42 echoed when sent, 39 the outcome, 4 the amount charged
 * (the amount asked when refused), and when approved 37 the retrieval reference and 38 the
 * approval code, both derived from the posting id, and 54 the balances after.
 */
final class PurchaseReplies {

    /** Field 54 account type of the cash wallet. */
    static final String CASH = "10";
    /** Field 44 (additional response data) of a refusal: the catalogue code, so a terminal can show the exact reason. */
    static final int REASON = 44;
    /** Field 54 account type of the subsidy wallet. */
    static final String SUBSIDY = "20";

    private PurchaseReplies() {
    }

    static IsoMessage of(IsoMessage request, Answer answer) {
        IsoMessage.Builder reply = Replies.to(request, answer.code().isoResponse());
        for (int field : new int[] {3, 4, 12, 13, 42}) {
            if (request.has(field)) {
                reply.set(field, request.text(field));
            }
        }
        if (answer.code() != ResultCode.OK) {
            reply.set(REASON, Integer.toString(answer.code().code()));
        }
        if (answer.postingId() != null) {
            Replies.posting(reply.set(4, Ascii.zeroPadded(answer.chargedFen(), 12)), answer.postingId());
        }
        if (answer.cashAfterFen() != null) {
            reply.set(54, balances(answer.cashAfterFen(), answer.subsidyAfterFen()));
        }
        return reply.build();
    }

    /** Field 54: two entries, cash then subsidy, each "tt02156" + C (credit) or D (overdrawn) + 12 digits. */
    static String balances(long cashFen, long subsidyFen) {
        return amount(CASH, cashFen) + amount(SUBSIDY, subsidyFen);
    }

    private static String amount(String accountType, long fen) {
        return accountType + "02156" + (fen < 0 ? "D" : "C") + Ascii.zeroPadded(Math.abs(fen), 12);
    }
}
