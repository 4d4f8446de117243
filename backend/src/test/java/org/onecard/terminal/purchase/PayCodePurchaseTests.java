package org.onecard.terminal.purchase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.onecard.identity.AuthClient;
import org.onecard.identity.CardholderCredentials;
import org.onecard.identity.MutableClock;
import org.onecard.paycode.PayCodes;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.purchase.TerminalFixture.Card;
import org.onecard.terminal.purchase.TerminalFixture.Registered;
import org.onecard.testing.Checks;
import org.onecard.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;

/** 0200 purchases paid with the cardholder's pay code in field 62, over a real socket on MariaDB. */
@MariaDbTest
@Import(MutableClock.Config.class)
@TestPropertySource(properties = "onecard.pay-codes.secret=" + PayCodePurchaseTests.SECRET)
class PayCodePurchaseTests extends OneTerminalTest {

    static final String SECRET = "pay-code-test-secret-of-32-bytes-or-more";

    @Autowired
    CardholderCredentials credentials;
    @Autowired
    MutableClock mutableClock;
    @Autowired
    PayCodes payCodes;

    @Test
    void theCardholdersOwnCodePaysWithTheirCardOnce() throws Exception {
        Card card = fx.card(10_000);

        IsoMessage reply = terminal.exchange(scanned(payCode(card), 1250, "000001"));

        assertThat(reply.text(39)).isEqualTo("00");
        assertThat(reply.text(4)).isEqualTo("000000001250");
        assertThat(reply.text(54)).isEqualTo("1002156C000000008750" + "2002156C000000000000");
        assertThat(fx.cashFen(card)).isEqualTo(8_750);
        assertThat(fx.consumptions(card)).containsExactly("ONLINE 1250 null");
        Checks.booksClean(web, fx.admin.token());
    }

    @Test
    void anExpiredCodeIsRefusedAndMovesNothing() throws Exception {
        Card card = fx.card(10_000);
        String code = payCode(card);
        mutableClock.advance(Duration.ofSeconds(61));

        IsoMessage reply = terminal.exchange(scanned(code, 500, "000002"));

        assertThat(reply.text(39)).isEqualTo("54");
        assertThat(reply.text(44)).isEqualTo("5151");
        assertThat(fx.cashFen(card)).isEqualTo(10_000);
    }

    @Test
    void codesThatRanOutUnusedAreForgottenAndStillAnsweredExpiredWhileAPaidOneIsKept() throws Exception {
        Card card = fx.card(10_000);
        IsoMessage paid = scanned(payCode(card), 300, "000005");
        assertThat(terminal.exchange(paid).text(39)).isEqualTo("00");
        String unused = payCode(card);
        String fresh = payCode(card);
        mutableClock.advance(Duration.ofSeconds(61));

        long forgotten = payCodes.forgetExpired(clock.now().plus(PayCodes.FORGET_AFTER)).block();

        assertThat(forgotten).isGreaterThanOrEqualTo(2);
        assertThat(db.sql("SELECT COUNT(*) AS n FROM pay_code WHERE person_id = :p AND used_key IS NOT NULL")
                .bind("p", card.personId()).map(r -> ((Number) r.get("n")).intValue()).one().block())
                .as("the code that paid stays on record").isEqualTo(1);
        assertThat(db.sql("SELECT COUNT(*) AS n FROM pay_code WHERE person_id = :p AND used_key IS NULL")
                .bind("p", card.personId()).map(r -> ((Number) r.get("n")).intValue()).one().block()).isZero();
        for (String code : new String[] {unused, fresh}) {
            IsoMessage late = terminal.exchange(scanned(code, 500, code.equals(unused) ? "000006" : "000007"));
            assertThat(late.text(44)).as("a genuine code no longer on record ran out").isEqualTo("5151");
        }
        assertThat(terminal.exchange(paid).text(39)).as("the paid sale's repeat").isEqualTo("00");
        assertThat(fx.cashFen(card)).isEqualTo(9_700);
    }

    @Test
    void aForgedOrGarbledCodeIsRefusedAsNotGenuine() throws Exception {
        Card card = fx.card(10_000);
        String code = payCode(card);
        String[] parts = code.split("\\.");
        String otherAmountOfTime = String.join(".", parts[0], parts[1], Long.toString(Long.parseLong(parts[2]) + 600),
                parts[3], parts[4]);
        String lastCharChanged = code.substring(0, code.length() - 1) + (code.endsWith("A") ? "B" : "A");

        List<String> forgeries = List.of(otherAmountOfTime, lastCharChanged, "OC1.1.2.3.4", "6202000012345678", "hello");
        for (int i = 0; i < forgeries.size(); i++) {
            String forged = forgeries.get(i);
            IsoMessage reply = terminal.exchange(scanned(forged, 500, "00020" + i));
            assertThat(reply.text(39)).as(forged).isEqualTo("59");
            assertThat(reply.text(44)).as(forged).isEqualTo("5150");
        }
        assertThat(terminal.exchange(scanned(code, 500, "000300")).text(39)).isEqualTo("00");
        assertThat(fx.cashFen(card)).isEqualTo(9_500);
    }

    @Test
    void aCodeUsedOnceIsRefusedTheSecondTimeEvenAfterARefusal() throws Exception {
        Card card = fx.card(1_000);
        String code = payCode(card);

        IsoMessage tooMuch = terminal.exchange(scanned(code, 5_000, "000004"));
        IsoMessage again = terminal.exchange(scanned(code, 500, "000005"));

        assertThat(tooMuch.text(39)).isEqualTo("51");
        assertThat(again.text(39)).isEqualTo("94");
        assertThat(again.text(44)).isEqualTo("5152");
        assertThat(fx.cashFen(card)).isEqualTo(1_000);
        assertThat(terminal.exchange(scanned(payCode(card), 500, "000006")).text(39)).isEqualTo("00");
        assertThat(fx.cashFen(card)).isEqualTo(500);
    }

    @Test
    void aNewCodeReplacesTheOlderOne() throws Exception {
        Card card = fx.card(10_000);
        String older = payCode(card);
        String newer = payCode(card);

        IsoMessage replaced = terminal.exchange(scanned(older, 500, "000007"));
        IsoMessage current = terminal.exchange(scanned(newer, 500, "000008"));

        assertThat(replaced.text(39)).isEqualTo("54");
        assertThat(replaced.text(44)).isEqualTo("5153");
        assertThat(current.text(39)).isEqualTo("00");
        assertThat(fx.cashFen(card)).isEqualTo(9_500);
    }

    @Test
    void theCodeOfACardReportedLostIsRefusedAndALostCardGetsNoCode() throws Exception {
        Card someoneElse = fx.card(10_000);
        String code = payCode(someoneElse);
        fx.admin.postEmpty("/api/cards/" + someoneElse.id() + "/loss").expectStatus().isOk();

        IsoMessage reply = terminal.exchange(scanned(code, 500, "000009"));

        assertThat(reply.text(39)).isEqualTo("41");
        assertThat(reply.text(44)).isEqualTo("5005");
        assertThat(fx.cashFen(someoneElse)).isEqualTo(10_000);
        AuthClient.problem(issue(login(someoneElse)), 409, 5005);
    }

    @Test
    void theSameFrameAgainGetsTheFirstReplyAndBooksOnce() throws Exception {
        Card card = fx.card(5_000);
        byte[] frame = terminal.frame(scanned(payCode(card), 800, "000010"));

        List<String> replies = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            replies.add(HexFormat.of().formatHex(terminal.exchangeBytes(frame)));
        }

        assertThat(replies).containsOnly(replies.get(0)).hasSize(3);
        assertThat(PurchaseTerminal.CODEC.decode(HexFormat.of().parseHex(replies.get(0))).text(39)).isEqualTo("00");
        assertThat(fx.consumptions(card)).hasSize(1);
        assertThat(fx.cashFen(card)).isEqualTo(4_200);
        Checks.booksClean(web, fx.admin.token());
    }

    @Test
    void twoTerminalsScanningOneCodeAtOnceGetOneApproval() throws Exception {
        Card card = fx.card(5_000);
        String code = payCode(card);
        Registered other = fx.terminal("FREE_AMOUNT", Map.of());
        try (PurchaseTerminal second = new PurchaseTerminal(server.port(), other.key())) {
            IsoMessage mine = scanned(code, 700, "000011");
            IsoMessage theirs = mine.toBuilder().set(41, other.code()).build();
            CountDownLatch start = new CountDownLatch(1);
            CompletableFuture<IsoMessage> a = CompletableFuture.supplyAsync(() -> send(terminal, mine, start));
            CompletableFuture<IsoMessage> b = CompletableFuture.supplyAsync(() -> send(second, theirs, start));
            start.countDown();

            List<String> answers = List.of(a.get().text(39) + "/" + a.get().text(44), b.get().text(39) + "/"
                    + b.get().text(44));

            assertThat(answers).containsExactlyInAnyOrder("00/null", "94/5152");
        }
        assertThat(fx.consumptions(card)).hasSize(1);
        assertThat(fx.cashFen(card)).isEqualTo(4_300);
        Checks.booksClean(web, fx.admin.token());
    }

    @Test
    void aReversalRepeatingTheCodeSendsTheMoneyBackAndTheCodeStaysUsed() throws Exception {
        Card card = fx.card(5_000);
        String code = payCode(card);
        IsoMessage purchase = scanned(code, 900, "000013");
        assertThat(terminal.exchange(purchase).text(39)).isEqualTo("00");

        IsoMessage reversal = terminal.exchange(TerminalFixture.reversalOf(purchase, "000014"));
        IsoMessage again = terminal.exchange(scanned(code, 900, "000015"));

        assertThat(reversal.text(39)).isEqualTo("00");
        assertThat(fx.cashFen(card)).isEqualTo(5_000);
        assertThat(again.text(44)).isEqualTo("5152");
        Checks.booksClean(web, fx.admin.token());
    }

    @Test
    void aScannedCodeBesideACardNumberIsAFormatError() throws Exception {
        Card card = fx.card(5_000);

        IsoMessage reply = terminal.exchange(scanned(payCode(card), 500, "000012").toBuilder().set(2, card.serial())
                .build());

        assertThat(reply.text(39)).isEqualTo("30");
        assertThat(fx.cashFen(card)).isEqualTo(5_000);
    }

    private static IsoMessage send(PurchaseTerminal to, IsoMessage m, CountDownLatch start) {
        try {
            start.await();
            return to.exchange(m);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private IsoMessage scanned(String code, long amountFen, String trace) {
        return fx.purchase("0", amountFen, trace).toBuilder().remove(2).set(PurchaseRequest.SCANNED, code).build();
    }

    private String payCode(Card card) {
        Map<?, ?> body = issue(login(card)).expectStatus().isCreated().expectBody(Map.class).returnResult()
                .getResponseBody();
        return (String) body.get("code");
    }

    private String login(Card card) {
        credentials.setPassword(card.personId(), "123456").block();
        AuthClient auth = new AuthClient(web);
        return AuthClient.access(auth.tokens(auth.cardholderLogin(card.employeeNo(), "123456")));
    }

    private ResponseSpec issue(String token) {
        return web.post().uri("/api/h5/pay-codes").headers(h -> h.setBearerAuth(token)).exchange();
    }
}
