package org.onecard.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.onecard.common.error.ResultCode;
import org.onecard.ledger.domain.AccountKind;
import org.onecard.ledger.domain.PostingOutcome;
import org.onecard.ledger.domain.PostingOutcome.Declined;
import org.onecard.ledger.domain.PostingOutcome.Posted;
import org.onecard.ledger.domain.PostingRequest;
import org.onecard.ledger.domain.TransferCode;
import org.onecard.ledger.domain.TransferLeg;
import org.onecard.ledger.persistence.AccountStore;
import org.onecard.ledger.verify.LedgerVerifier;
import org.onecard.ledger.verify.VerifyReport;
import org.onecard.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

@MariaDbTest
class LedgerTests {

    private static final AtomicLong OWNERS = new AtomicLong(1000);

    @Autowired
    Ledger ledger;
    @Autowired
    AccountStore accounts;
    @Autowired
    LedgerVerifier verifier;
    @Autowired
    DatabaseClient db;
    @Autowired
    LedgerBatches batches;

    @Test
    void rechargeMovesMoneyFromDrawerToWalletAndKeepsBooksBalanced() {
        long drawer = open(AccountKind.CASH_DRAWER);
        long wallet = open(AccountKind.CASH_WALLET);

        Posted posted = posted(ledger.post(PostingRequest.of("recharge-1", 7L,
                new TransferLeg(drawer, wallet, 10_000, TransferCode.RECHARGE_CASH))).block());

        assertThat(posted.replayed()).isFalse();
        assertThat(posted.transfers()).singleElement().satisfies(t -> {
            assertThat(t.creditBalanceAfter()).isEqualTo(10_000L);
            assertThat(t.debitBalanceAfter()).as("counter-accounts keep no stored balance").isNull();
        });
        assertThat(balance(wallet)).isEqualTo(10_000);
        assertThat(balance(drawer)).isEqualTo(-10_000);
        assertClean();
    }

    @Test
    void debitBeyondBalanceIsDeclinedAndMovesNothing() {
        long wallet = funded(500);
        long outlet = open(AccountKind.OUTLET_REVENUE);

        PostingOutcome outcome = ledger.post(PostingRequest.of("pay-too-much", null,
                new TransferLeg(wallet, outlet, 501, TransferCode.CONSUMPTION))).block();

        assertThat(outcome).isInstanceOfSatisfying(Declined.class,
                d -> assertThat(d.reason()).isEqualTo(ResultCode.INSUFFICIENT_FUNDS));
        assertThat(balance(wallet)).isEqualTo(500);
        assertThat(balance(outlet)).isZero();
        assertClean();
    }

    @Test
    void legsOfOnePostingSucceedOrFailTogether() {
        long cash = funded(1_000);
        long subsidy = open(AccountKind.SUBSIDY_WALLET);
        long outlet = open(AccountKind.OUTLET_REVENUE);

        PostingOutcome outcome = ledger.post(new PostingRequest("two-wallets", List.of(
                new TransferLeg(cash, outlet, 800, TransferCode.CONSUMPTION),
                new TransferLeg(subsidy, outlet, 200, TransferCode.CONSUMPTION)), null, "T1", null, null, false, null))
                .block();

        assertThat(outcome).isInstanceOf(Declined.class);
        assertThat(balance(cash)).as("the first leg rolled back with the second").isEqualTo(1_000);
        assertThat(balance(outlet)).isZero();
        assertClean();
    }

    @Test
    void sixtyFourConcurrentDebitsNeverOverdrawOneWallet() {
        long initial = 10_000;
        long wallet = funded(initial);
        long outlet = open(AccountKind.OUTLET_REVENUE);

        List<PostingOutcome> outcomes = Flux.range(0, 64)
                .parallel(64).runOn(Schedulers.boundedElastic())
                .flatMap(i -> ledger.post(PostingRequest.of("debit-" + i, null,
                        new TransferLeg(wallet, outlet, 300, TransferCode.CONSUMPTION))))
                .sequential().collectList().block();

        long approved = outcomes.stream().filter(Posted.class::isInstance).count();
        assertThat(outcomes).hasSize(64);
        assertThat(outcomes).filteredOn(Declined.class::isInstance)
                .allSatisfy(o -> assertThat(((Declined) o).reason()).isEqualTo(ResultCode.INSUFFICIENT_FUNDS));
        assertThat(approved).isEqualTo(initial / 300);
        assertThat(balance(wallet)).isEqualTo(initial - approved * 300).isNotNegative();
        assertThat(balance(outlet)).isEqualTo(approved * 300);
        assertClean();
    }

    @Test
    void sameKeyTwiceMovesMoneyOnceAndReturnsTheFirstAnswer() {
        long wallet = funded(1_000);
        long outlet = open(AccountKind.OUTLET_REVENUE);
        PostingRequest pay = PostingRequest.of("T9-000123", null, new TransferLeg(wallet, outlet, 250, TransferCode.CONSUMPTION));

        Posted first = posted(ledger.post(pay).block());
        Posted again = posted(ledger.post(pay).block());

        assertThat(again.replayed()).isTrue();
        assertThat(again.postingId()).isEqualTo(first.postingId());
        assertThat(again.transfers()).isEqualTo(first.transfers());
        assertThat(balance(wallet)).isEqualTo(750);
        assertClean();
    }

    @Test
    void sameKeySentConcurrentlyMovesMoneyOnce() {
        long wallet = funded(1_000);
        long outlet = open(AccountKind.OUTLET_REVENUE);
        PostingRequest pay = PostingRequest.of("burst-1", null, new TransferLeg(wallet, outlet, 100, TransferCode.CONSUMPTION));

        List<PostingOutcome> outcomes = Flux.range(0, 16)
                .parallel(16).runOn(Schedulers.boundedElastic())
                .flatMap(i -> ledger.post(pay))
                .sequential().collectList().block();

        assertThat(outcomes).hasSize(16).allSatisfy(o -> assertThat(o).isInstanceOf(Posted.class));
        assertThat(outcomes).filteredOn(o -> !o.replayed()).hasSize(1);
        assertThat(outcomes).extracting(o -> ((Posted) o).postingId()).containsOnly(((Posted) outcomes.get(0)).postingId());
        assertThat(balance(wallet)).isEqualTo(900);
        assertClean();
    }

    @Test
    void reusedKeyWithDifferentAmountIsRefused() {
        long wallet = funded(1_000);
        long outlet = open(AccountKind.OUTLET_REVENUE);
        ledger.post(PostingRequest.of("k-1", null, new TransferLeg(wallet, outlet, 100, TransferCode.CONSUMPTION))).block();

        PostingOutcome outcome = ledger.post(PostingRequest.of("k-1", null,
                new TransferLeg(wallet, outlet, 101, TransferCode.CONSUMPTION))).block();

        assertThat(outcome).isInstanceOfSatisfying(Declined.class,
                d -> assertThat(d.reason()).isEqualTo(ResultCode.IDEMPOTENCY_CONFLICT));
        assertThat(balance(wallet)).isEqualTo(900);
    }

    @Test
    void aDeclineIsRememberedSoARetryGetsTheSameAnswer() {
        long wallet = funded(100);
        long outlet = open(AccountKind.OUTLET_REVENUE);
        PostingRequest pay = PostingRequest.of("k-declined", null, new TransferLeg(wallet, outlet, 200, TransferCode.CONSUMPTION));
        ledger.post(pay).block();
        fund(wallet, 1_000);

        PostingOutcome retry = ledger.post(pay).block();

        assertThat(retry).isInstanceOfSatisfying(Declined.class, d -> {
            assertThat(d.reason()).isEqualTo(ResultCode.INSUFFICIENT_FUNDS);
            assertThat(d.replayed()).isTrue();
        });
        assertThat(balance(wallet)).isEqualTo(1_100);
    }

    @Test
    void badRequestsAreDeclinedWithTheirCodeAndChangeNothing() {
        long wallet = funded(1_000);
        long outlet = open(AccountKind.OUTLET_REVENUE);
        long points = open(AccountKind.POINTS_WALLET);

        assertDeclined(PostingRequest.of("neg", null, new TransferLeg(wallet, outlet, -5, TransferCode.CONSUMPTION)),
                ResultCode.INVALID_AMOUNT);
        assertDeclined(PostingRequest.of("zero", null, new TransferLeg(wallet, outlet, 0, TransferCode.CONSUMPTION)),
                ResultCode.INVALID_AMOUNT);
        assertDeclined(PostingRequest.of("ghost", null, new TransferLeg(wallet, 987_654_321L, 5, TransferCode.CONSUMPTION)),
                ResultCode.ACCOUNT_NOT_FOUND);
        assertDeclined(PostingRequest.of("self", null, new TransferLeg(wallet, wallet, 5, TransferCode.CONSUMPTION)),
                ResultCode.SAME_ACCOUNT);
        assertDeclined(PostingRequest.of("units", null, new TransferLeg(wallet, points, 5, TransferCode.CONSUMPTION)),
                ResultCode.UNIT_MISMATCH);
        assertDeclined(PostingRequest.of(" ", null, new TransferLeg(wallet, outlet, 5, TransferCode.CONSUMPTION)),
                ResultCode.IDEMPOTENCY_KEY_REQUIRED);

        assertThat(balance(wallet)).isEqualTo(1_000);
        assertThat(count("SELECT COUNT(*) AS n FROM ledger_posting WHERE idem_key IN ('neg','zero','ghost','self','units')"))
                .as("refused input leaves no trace").isZero();
        assertClean();
    }

    @Test
    void offlineRecordMayOverdrawAndIsFlagged() {
        long wallet = funded(100);
        long outlet = open(AccountKind.OUTLET_REVENUE);

        Posted posted = posted(ledger.post(new PostingRequest("T3-offline-77", List.of(
                new TransferLeg(wallet, outlet, 300, TransferCode.CONSUMPTION_OFFLINE)), null, "T3", null, null, true, null))
                .block());

        assertThat(posted.overdrawn()).isTrue();
        assertThat(balance(wallet)).isEqualTo(-200);
        assertClean();
    }

    @Test
    void aFailingStepInTheSameTransactionRollsTheBookingBack() {
        long drawer = open(AccountKind.CASH_DRAWER);
        long wallet = open(AccountKind.CASH_WALLET);
        PostingRequest recharge = PostingRequest.of("with-step", null,
                new TransferLeg(drawer, wallet, 700, TransferCode.RECHARGE_CASH));

        Mono<PostingOutcome> failing = ledger.post(recharge, posted -> Mono.error(new IllegalStateException("step")));

        assertThatThrownBy(failing::block).hasMessageContaining("step");
        assertThat(balance(wallet)).isZero();
        assertThat(count("SELECT COUNT(*) AS n FROM ledger_posting WHERE idem_key = 'with-step'")).isZero();
        AtomicLong ran = new AtomicLong();
        posted(ledger.post(recharge, posted -> Mono.fromRunnable(ran::incrementAndGet)).block());
        posted(ledger.post(recharge, posted -> Mono.fromRunnable(ran::incrementAndGet)).block());
        assertThat(ran).as("a replay does not run the step again").hasValue(1);
        assertThat(balance(wallet)).isEqualTo(700);
        assertClean();
    }

    @Test
    void verifyReportsAStoredBalanceThatDisagreesWithItsTransfers() {
        long wallet = funded(1_000);
        db.sql("UPDATE ledger_account SET balance = balance + 1 WHERE id = :id").bind("id", wallet).then().block();

        VerifyReport report = verifier.verify().block();

        assertThat(report.clean()).isFalse();
        assertThat(report.discrepancies()).anySatisfy(d -> {
            assertThat(d.kind()).isEqualTo("BALANCE_MISMATCH");
            assertThat(d.accountId()).isEqualTo(wallet);
        });
        db.sql("UPDATE ledger_account SET balance = balance - 1 WHERE id = :id").bind("id", wallet).then().block();
        assertClean();
    }

    @Test
    void eachTransferCarriesItsPostingsAccountingDateAndVerifyReportsOneThatDoesNot() {
        long wallet = funded(1_000);
        long outlet = open(AccountKind.OUTLET_REVENUE);
        LocalDate backDated = LocalDate.now().minusDays(3);
        Posted own = posted(ledger.post(new PostingRequest("dated-1", List.of(
                new TransferLeg(wallet, outlet, 300, TransferCode.CONSUMPTION)),
                null, "T1", null, backDated, false, null)).block());
        assertThat(count("SELECT COUNT(*) AS n FROM ledger_transfer WHERE posting_id = " + own.postingId()
                + " AND accounting_date = '" + backDated + "'")).isEqualTo(1);
        assertClean();

        db.sql("UPDATE ledger_transfer SET accounting_date = :day WHERE posting_id = :id")
                .bind("day", backDated.minusDays(40)).bind("id", own.postingId()).then().block();
        VerifyReport report = verifier.verify().block();

        assertThat(report.clean()).isFalse();
        assertThat(report.discrepancies()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo("BAD_TRANSFER");
            assertThat(d.detail()).contains(backDated.minusDays(40).toString(), backDated.toString());
        });
        db.sql("UPDATE ledger_transfer SET accounting_date = :day WHERE posting_id = :id")
                .bind("day", backDated).bind("id", own.postingId()).then().block();
        assertClean();
    }

    @Test
    void aRecordMovesNothingIsRecordedOnceAndKeepsTheBooksClean() {
        long wallet = funded(700);
        AtomicLong sideRows = new AtomicLong();
        PostingRequest count = new PostingRequest("count-only-1", List.of(), null, "00000012", null, null, false,
                "0200 card-1 0");

        Posted first = posted(ledger.record(count, p -> Mono.fromRunnable(sideRows::incrementAndGet)).block());
        Posted again = posted(ledger.record(count, p -> Mono.fromRunnable(sideRows::incrementAndGet)).block());
        PostingOutcome other = ledger.record(new PostingRequest("count-only-1", List.of(), null, "00000012", null,
                null, false, "0200 card-2 0"), p -> Mono.empty()).block();

        assertThat(first.transfers()).isEmpty();
        assertThat(again.replayed()).isTrue();
        assertThat(again.postingId()).isEqualTo(first.postingId());
        assertThat(sideRows.get()).as("the same-transaction step runs once").isEqualTo(1);
        assertThat(other).isInstanceOfSatisfying(Declined.class,
                d -> assertThat(d.reason()).isEqualTo(ResultCode.IDEMPOTENCY_CONFLICT));
        assertThat(count("SELECT COUNT(*) AS n FROM ledger_posting WHERE idem_key = 'count-only-1'"
                + " AND status = 'RECORDED'")).isEqualTo(1);
        assertThat(balance(wallet)).isEqualTo(700);
        assertClean();
    }

    @Test
    void onlyARecordMayHaveNoTransfersAndARecordHasNone() {
        long wallet = funded(700);
        long outlet = open(AccountKind.OUTLET_REVENUE);

        assertDeclined(PostingRequest.of("no-legs", null), ResultCode.VALIDATION_FAILED);
        assertThat(ledger.record(PostingRequest.of("record-with-legs", null,
                new TransferLeg(wallet, outlet, 100, TransferCode.CONSUMPTION)), p -> Mono.empty()).block())
                .isInstanceOfSatisfying(Declined.class, d -> assertThat(d.reason()).isEqualTo(ResultCode.VALIDATION_FAILED));
        assertThat(ledger.record(PostingRequest.of(" ", null), p -> Mono.empty()).block())
                .isInstanceOfSatisfying(Declined.class,
                        d -> assertThat(d.reason()).isEqualTo(ResultCode.IDEMPOTENCY_KEY_REQUIRED));
        assertThat(count("SELECT COUNT(*) AS n FROM ledger_posting WHERE idem_key IN ('no-legs', 'record-with-legs')"))
                .isZero();
        assertThat(balance(wallet)).isEqualTo(700);
        assertClean();
    }

    private void assertDeclined(PostingRequest request, ResultCode expected) {
        assertThat(ledger.post(request).block()).isInstanceOfSatisfying(Declined.class,
                d -> assertThat(d.reason()).isEqualTo(expected));
    }

    @Test
    void aBatchDebitsManyWalletsAtOnceWithEachBalanceAfterInItsTransfer() {
        List<Long> wallets = List.of(funded(1_000), funded(2_000), funded(3_000));
        long outlet = open(AccountKind.OUTLET_REVENUE);
        String tag = "batch-" + OWNERS.incrementAndGet();

        LedgerBatches.BatchOutcome outcome = batches.postAll(List.of(
                PostingRequest.of(tag + "-0", null, new TransferLeg(wallets.get(0), outlet, 1_000, TransferCode.CONSUMPTION)),
                PostingRequest.of(tag + "-1", null, new TransferLeg(wallets.get(1), outlet, 150, TransferCode.CONSUMPTION)),
                PostingRequest.of(tag + "-2", null, new TransferLeg(wallets.get(2), outlet, 2_999, TransferCode.CONSUMPTION))),
                () -> { }, booked -> Mono.empty()).block();

        assertThat(outcome).isInstanceOfSatisfying(LedgerBatches.BatchOutcome.Done.class, done ->
                assertThat(done.booked().walletBalances()).containsEntry(wallets.get(0), 0L)
                        .containsEntry(wallets.get(1), 1_850L).containsEntry(wallets.get(2), 1L));
        assertThat(wallets.stream().map(this::balance)).containsExactly(0L, 1_850L, 1L);
        assertThat(count("SELECT COUNT(*) AS n FROM ledger_transfer t JOIN ledger_posting p ON p.id = t.posting_id"
                + " WHERE p.idem_key LIKE '" + tag + "-%' AND t.debit_balance_after = 1850")).isEqualTo(1);
        assertClean();
    }

    @Test
    void aPostingOfABatchThatAsksForItsOwnAccountingDateIsBookedOnIt() {
        List<Long> wallets = List.of(funded(1_000), funded(1_000));
        long outlet = open(AccountKind.OUTLET_REVENUE);
        String tag = "dated-" + OWNERS.incrementAndGet();
        LocalDate asked = LocalDate.of(2026, 3, 31);

        LedgerBatches.BatchOutcome outcome = batches.postAll(List.of(
                PostingRequest.of(tag + "-0", null, new TransferLeg(wallets.get(0), outlet, 100, TransferCode.CONSUMPTION)),
                new PostingRequest(tag + "-1", List.of(new TransferLeg(wallets.get(1), outlet, 100, TransferCode.CONSUMPTION)),
                        null, null, null, asked, false, null)),
                () -> { }, booked -> Mono.empty()).block();

        assertThat(outcome).isInstanceOf(LedgerBatches.BatchOutcome.Done.class);
        LocalDate batchDay = ((LedgerBatches.BatchOutcome.Done) outcome).booked().accountingDate();
        assertThat(db.sql("SELECT accounting_date FROM ledger_posting WHERE idem_key LIKE :tag ORDER BY idem_key")
                .bind("tag", tag + "-%").map(r -> r.get("accounting_date", LocalDate.class)).all()
                .collectList().block()).containsExactly(batchDay, asked);
        assertClean();
    }

    @Test
    void aBatchWithOneWalletShortBooksNothingAndNamesThatPosting() {
        List<Long> wallets = List.of(funded(1_000), funded(100), funded(3_000));
        long outlet = open(AccountKind.OUTLET_REVENUE);
        String tag = "short-" + OWNERS.incrementAndGet();

        LedgerBatches.BatchOutcome outcome = batches.postAll(List.of(
                PostingRequest.of(tag + "-0", null, new TransferLeg(wallets.get(0), outlet, 500, TransferCode.CONSUMPTION)),
                PostingRequest.of(tag + "-1", null, new TransferLeg(wallets.get(1), outlet, 101, TransferCode.CONSUMPTION)),
                PostingRequest.of(tag + "-2", null, new TransferLeg(wallets.get(2), outlet, 500, TransferCode.CONSUMPTION))),
                () -> { }, booked -> Mono.empty()).block();

        assertThat(outcome).isInstanceOfSatisfying(LedgerBatches.BatchOutcome.NotDone.class, no -> {
            assertThat(no.refused().index()).as("the posting whose wallet is short").isEqualTo(1);
            assertThat(no.refused().declined().reason()).isEqualTo(ResultCode.INSUFFICIENT_FUNDS);
        });
        assertThat(wallets.stream().map(this::balance)).as("nothing moved").containsExactly(1_000L, 100L, 3_000L);
        assertThat(balance(outlet)).isZero();
        assertThat(count("SELECT COUNT(*) AS n FROM ledger_posting WHERE idem_key LIKE '" + tag + "-%'")).isZero();
        assertClean();
    }

    @Test
    void aBatchOfOfflineRecordsMayUseAWalletTwiceAndFlagsEachPostingThatWentBelowZero() {
        long a = funded(500);
        long b = funded(1_000);
        long outlet = open(AccountKind.OUTLET_REVENUE);
        String tag = "offline-" + OWNERS.incrementAndGet();
        List<long[]> debits = List.of(new long[] {a, 300}, new long[] {b, 100}, new long[] {a, 300}, new long[] {a, 50});
        List<PostingRequest> requests = new ArrayList<>();
        for (int i = 0; i < debits.size(); i++) {
            requests.add(new PostingRequest(tag + "-" + i, List.of(new TransferLeg(debits.get(i)[0], outlet,
                    debits.get(i)[1], TransferCode.CONSUMPTION_OFFLINE)), null, "T9", null, null, true, null));
        }

        LedgerBatches.BatchOutcome outcome = batches.postAll(requests, () -> { }, booked -> Mono.empty()).block();

        assertThat(outcome).isInstanceOfSatisfying(LedgerBatches.BatchOutcome.Done.class, done -> {
            assertThat(done.booked().walletBalances()).containsEntry(a, -150L).containsEntry(b, 900L);
            assertThat(done.booked().overdrawn()).containsExactlyInAnyOrder(done.booked().postingIds().get(2),
                    done.booked().postingIds().get(3));
        });
        assertThat(db.sql("SELECT p.overdrawn, t.debit_balance_after FROM ledger_posting p JOIN ledger_transfer t"
                        + " ON t.posting_id = p.id WHERE p.idem_key LIKE :tag ORDER BY p.idem_key")
                .bind("tag", tag + "-%")
                .map(r -> Boolean.TRUE.equals(r.get("overdrawn", Boolean.class)) + " " + r.get("debit_balance_after",
                        Long.class)).all().collectList().block())
                .containsExactly("false 200", "false 900", "true -100", "true -150");
        assertClean();
    }

    @Test
    void onlyBatchesAllOverdrawingMayUseAWalletTwiceOnTheBatchedPath() {
        Map<Long, AccountKind> kinds = Map.of(1L, AccountKind.CASH_WALLET, 2L, AccountKind.CASH_WALLET,
                9L, AccountKind.OUTLET_REVENUE);
        PostingRequest offline1 = new PostingRequest("o1", List.of(new TransferLeg(1, 9, 5, TransferCode.CONSUMPTION_OFFLINE)),
                null, "T", null, null, true, null);
        PostingRequest offline2 = new PostingRequest("o2", List.of(new TransferLeg(1, 9, 5, TransferCode.CONSUMPTION_OFFLINE)),
                null, "T", null, null, true, null);
        PostingRequest online1 = PostingRequest.of("n1", null, new TransferLeg(1, 9, 5, TransferCode.CONSUMPTION));
        PostingRequest online2 = PostingRequest.of("n2", null, new TransferLeg(1, 9, 5, TransferCode.CONSUMPTION));
        PostingRequest onlineOther = PostingRequest.of("n3", null, new TransferLeg(2, 9, 5, TransferCode.CONSUMPTION));

        assertThat(BulkBooking.suits(List.of(offline1, offline2), kinds)).isTrue();
        assertThat(BulkBooking.suits(List.of(online1, onlineOther), kinds)).isTrue();
        assertThat(BulkBooking.suits(List.of(online1, online2), kinds)).as("a checked wallet twice").isFalse();
        assertThat(BulkBooking.suits(List.of(offline1, onlineOther), kinds)).as("mixed").isFalse();
    }

    private long open(AccountKind kind) {
        return accounts.open(kind, "TEST", OWNERS.incrementAndGet(), kind.name()).block();
    }

    private long funded(long fen) {
        long wallet = open(AccountKind.CASH_WALLET);
        fund(wallet, fen);
        return wallet;
    }

    private void fund(long wallet, long fen) {
        long drawer = accounts.open(AccountKind.CASH_DRAWER, "TEST", 1, "drawer").block();
        posted(ledger.post(PostingRequest.of("fund-" + wallet + "-" + fen, null,
                new TransferLeg(drawer, wallet, fen, TransferCode.RECHARGE_CASH))).block());
    }

    private long balance(long account) {
        return accounts.find(account).block().balance();
    }

    private long count(String sql) {
        return db.sql(sql).map(row -> ((Number) row.get("n")).longValue()).one().block();
    }

    private static Posted posted(PostingOutcome outcome) {
        assertThat(outcome).isInstanceOf(Posted.class);
        return (Posted) outcome;
    }

    private void assertClean() {
        VerifyReport report = verifier.verify().block();
        assertThat(report.discrepancies()).isEmpty();
        assertThat(report.clean()).isTrue();
        assertThat(report.totals()).allSatisfy(t -> assertThat(t.sum()).isZero());
    }
}
