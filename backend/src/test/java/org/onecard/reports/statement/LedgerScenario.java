package org.onecard.reports.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.onecard.ledger.Ledger;
import org.onecard.ledger.StandardAccounts;
import org.onecard.ledger.domain.PostingOutcome;
import org.onecard.ledger.domain.PostingRequest;
import org.onecard.ledger.domain.TransferCode;
import org.onecard.ledger.domain.TransferLeg;

/**
 * Postings with the accounting date a test chooses, through the real {@link Ledger}, with the legs the
 * use cases build (a recharge from the operator's drawer, a consumption to an outlet, a reissue through
 * the hold account).
 */
public final class LedgerScenario {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final long OPERATOR = 9_001;
    private static final long OUTLET = 9_002;

    private final Ledger ledger;
    private final StandardAccounts accounts;

    public LedgerScenario(Ledger ledger, StandardAccounts accounts) {
        this.ledger = ledger;
        this.accounts = accounts;
    }

    public long cash(long personId) {
        return accounts.cashWallet(personId).block();
    }

    public long subsidy(long personId) {
        return accounts.subsidyWallet(personId).block();
    }

    public long drawer() {
        return accounts.cashDrawer(OPERATOR).block();
    }

    public long outlet() {
        return accounts.outletRevenue(OUTLET).block();
    }

    public long fund() {
        return accounts.subsidyFund().block();
    }

    public long hold() {
        return accounts.reissueHold().block();
    }

    /** Posts and expects it booked. */
    public PostingOutcome.Posted book(LocalDate date, TransferLeg... legs) {
        PostingOutcome outcome = post(key(), date, false, legs);
        assertThat(outcome).isInstanceOf(PostingOutcome.Posted.class);
        return (PostingOutcome.Posted) outcome;
    }

    /** An offline record: it may overdraw. */
    public PostingOutcome.Posted bookOffline(LocalDate date, TransferLeg... legs) {
        PostingOutcome outcome = post(key(), date, true, legs);
        assertThat(outcome).isInstanceOf(PostingOutcome.Posted.class);
        return (PostingOutcome.Posted) outcome;
    }

    public PostingOutcome post(String key, LocalDate date, boolean overdraft, TransferLeg... legs) {
        return ledger.post(request(key, date, overdraft, legs)).block();
    }

    public static PostingRequest request(String key, LocalDate date, boolean overdraft, TransferLeg... legs) {
        return new PostingRequest(key, List.of(legs), OPERATOR, null, null, date, overdraft, "statement test");
    }

    public static String key() {
        return "statement-test-" + System.nanoTime() + "-" + NEXT.incrementAndGet();
    }

    public static TransferLeg leg(long from, long to, long fen, TransferCode code) {
        return new TransferLeg(from, to, fen, code);
    }
}
