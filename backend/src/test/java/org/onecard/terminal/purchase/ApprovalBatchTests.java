package org.onecard.terminal.purchase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.onecard.cards.persistence.CardStore;
import org.onecard.common.error.ResultCode;
import org.onecard.terminal.TerminalAuth;
import org.onecard.terminal.TerminalDirectory;
import org.onecard.terminal.authz.Authoriser;
import org.onecard.terminal.authz.Decision;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.purchase.PurchaseBooking.Answer;
import org.onecard.terminal.purchase.TerminalFixture.Card;
import org.onecard.terminal.purchase.TerminalFixture.Registered;
import org.onecard.testing.Checks;
import org.onecard.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Group commit ({@link ApprovalBatcher}): approvals booked together answer as they would alone,
 * a repeat gets the batch's reply, and a batch that cannot stand as decided books nothing and
 * falls back to booking each approval on its own.
 */
@MariaDbTest
class ApprovalBatchTests extends OneTerminalTest {

    @Autowired
    ApprovalBatcher batcher;
    @Autowired
    PurchaseBooking booking;
    @Autowired
    PurchaseFacts facts;
    @Autowired
    TerminalDirectory terminals;
    @Autowired
    CardStore cards;

    @Test
    void approvalsBookedTogetherEachGetTheirOwnAnswerAndARepeatGetsItAgain() throws Exception {
        List<Card> held = new ArrayList<>();
        List<Approval> approvals = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            held.add(fx.card(10_000));
            approvals.add(approve(held.get(i), 100L * (i + 1), String.format("%06d", 10 + i)));
        }

        // the batch path itself, not the one-by-one path a failed batch falls back to
        List<Answer> answers = booking.bookAll(approvals).block();

        assertThat(answers).hasSize(5);
        for (int i = 0; i < 5; i++) {
            Answer a = answers.get(i);
            assertThat(a.code()).isEqualTo(ResultCode.OK);
            assertThat(a.chargedFen()).isEqualTo(100L * (i + 1));
            assertThat(a.cashAfterFen()).isEqualTo(10_000 - 100L * (i + 1));
            assertThat(fx.cashFen(held.get(i))).isEqualTo(10_000 - 100L * (i + 1));
            assertThat(fx.consumptions(held.get(i))).containsExactly("ONLINE " + 100 * (i + 1) + " null");
        }
        assertThat(answers.stream().map(Answer::postingId).distinct()).hasSize(5);
        // the terminal repeats one: the batch's reply again, nothing moves
        IsoMessage repeat = terminal.exchange(approvals.get(2).message());
        assertThat(repeat.text(39)).isEqualTo("00");
        assertThat(repeat.text(4)).isEqualTo("000000000300");
        assertThat(fx.cashFen(held.get(2))).isEqualTo(9_700);
        assertThat(fx.postingsKeyed("term:" + fx.code + ":")).isEqualTo(5);
        Checks.booksClean(web, fx.admin.token());
    }

    @Test
    void approvalsBookedTogetherEarnTheirOutletsPointsInTheirOwnPostings() throws Exception {
        fx.admin.put("/api/points/rules/" + fx.outlet, Map.of("pointsPerYuan", 2)).expectStatus().isNoContent();
        Card one = fx.card(10_000);
        Card two = fx.card(10_000);
        List<Approval> approvals = List.of(approve(one, 350L, "000061"), approve(two, 99L, "000062"));

        List<Answer> answers = booking.bookAll(approvals).block();

        assertThat(answers).extracting(Answer::code).containsOnly(ResultCode.OK);
        assertThat(points(one)).isEqualTo(7);
        assertThat(points(two)).isEqualTo(1);
        fx.admin.delete("/api/points/rules/" + fx.outlet).expectStatus().isNoContent();
        Checks.booksClean(web, fx.admin.token());
    }

    private long points(Card card) {
        return ((Number) fx.admin.read("/api/points/accounts/" + card.personId()).get("balance")).longValue();
    }

    @Test
    void aBatchWithATakenKeyBooksNothingThenEachApprovalIsBookedAlone() throws Exception {
        Card first = fx.card(10_000);
        Card second = fx.card(10_000);
        IsoMessage paid = fx.purchase(first.serial(), 400, "000020");
        assertThat(terminal.exchange(paid).text(39)).isEqualTo("00");
        // decided again as if new (a repeat racing its first booking), beside a new approval
        List<Approval> approvals = List.of(approve(first, paid), approve(second, 250, "000021"));

        assertThat(booking.bookAll(approvals).map(List::size).onErrorReturn(-1).block()).isEqualTo(-1);
        assertThat(fx.cashFen(second)).as("the failed batch booked nothing").isEqualTo(10_000);

        List<Answer> answers = batcher.together(approvals).collectList().block();

        assertThat(answers).extracting(Answer::code).containsExactly(ResultCode.OK, ResultCode.OK);
        assertThat(answers.get(0).cashAfterFen()).isEqualTo(9_600);
        assertThat(fx.cashFen(first)).as("the repeat moved nothing").isEqualTo(9_600);
        assertThat(fx.cashFen(second)).isEqualTo(9_750);
        assertThat(fx.consumptions(first)).hasSize(1);
        assertThat(fx.consumptions(second)).hasSize(1);
        Checks.booksClean(web, fx.admin.token());
    }

    @Test
    void aWalletThatRanShortSinceTheDecisionFailsTheBatchAndIsDeclinedAlone() throws Exception {
        Card poor = fx.card(1_000);
        Card rich = fx.card(10_000);
        Approval a = approve(poor, 800, "000030");
        Approval b = approve(rich, 500, "000031");
        // the poor card pays elsewhere after the decision was made
        assertThat(terminal.exchange(fx.purchase(poor.serial(), 700, "000032")).text(39)).isEqualTo("00");

        List<Answer> answers = batcher.together(List.of(a, b)).collectList().block();

        assertThat(answers.get(0).code()).isEqualTo(ResultCode.INSUFFICIENT_FUNDS);
        assertThat(answers.get(1).code()).isEqualTo(ResultCode.OK);
        assertThat(fx.cashFen(poor)).isEqualTo(300);
        assertThat(fx.cashFen(rich)).isEqualTo(9_500);
        Checks.booksClean(web, fx.admin.token());
    }

    @Test
    void manyTerminalsPayingAtOnceAreEachBookedOnceWhateverTheBatches() throws Exception {
        int lanes = 6;
        List<Card> held = new ArrayList<>();
        for (int i = 0; i < lanes * 2; i++) {
            held.add(fx.card(5_000));
        }
        List<PurchaseTerminal> connections = new ArrayList<>();
        List<Registered> registered = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(lanes);
        try {
            for (int i = 0; i < lanes; i++) {
                Registered r = fx.terminal("FREE_AMOUNT", java.util.Map.of());
                registered.add(r);
                connections.add(new PurchaseTerminal(server.port(), r.key()));
            }
            List<Future<List<String>>> results = new ArrayList<>();
            for (int lane = 0; lane < lanes; lane++) {
                int l = lane;
                results.add(pool.submit(() -> {
                    List<String> codes = new ArrayList<>();
                    for (int n = 0; n < 10; n++) {
                        Card card = held.get((l + n) % held.size());
                        IsoMessage m = fx.purchaseAt(registered.get(l), card.serial(), 100L, String.format("%06d", 100 + n))
                                .build();
                        codes.add(connections.get(l).exchange(m).text(39));
                        // every third purchase is sent again at once: its first reply, no second booking
                        if (n % 3 == 0) {
                            codes.add(connections.get(l).exchange(m).text(39));
                        }
                    }
                    return codes;
                }));
            }
            for (Future<List<String>> f : results) {
                assertThat(f.get()).containsOnly("00");
            }
        } finally {
            pool.shutdownNow();
            for (PurchaseTerminal c : connections) {
                c.close();
            }
        }
        long paid = held.stream().mapToLong(c -> 5_000 - fx.cashFen(c)).sum();
        assertThat(paid).as("60 purchases of 1 yuan, repeats not counted").isEqualTo(6_000);
        assertThat(held.stream().mapToInt(c -> fx.consumptions(c).size()).sum()).isEqualTo(60);
        Checks.booksClean(web, fx.admin.token());
    }

    private Approval approve(Card card, long fen, String trace) {
        return approve(card, fx.purchase(card.serial(), fen, trace));
    }

    /** What the handler decides for this message, without booking it. */
    private Approval approve(Card card, IsoMessage message) {
        TerminalAuth auth = terminals.byCode(fx.code).block();
        Instant now = clock.now();
        PurchaseRequest request = PurchaseRequest.parse(message, auth.code(), clock.accountingDate(now), clock.zone())
                .orElseThrow();
        var record = cards.find(card.id()).block();
        PurchaseFacts.Gathered g = facts.gather(auth, record, request, now).block();
        Decision decision = Authoriser.decide(g.request());
        assertThat(decision).isInstanceOf(Decision.Approved.class);
        return new Approval(message, request, auth, record, g, (Decision.Approved) decision, null);
    }
}
