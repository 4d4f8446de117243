package org.onecard.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.onecard.faults.StormClients.HttpAnswer;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.purchase.PurchaseTerminal;
import org.onecard.terminal.purchase.TerminalFixture.Card;
import org.onecard.testing.Checks;
import org.onecard.testing.MariaDbTest;
import org.springframework.test.context.TestPropertySource;

/** Duplicate storms: one request sent many times at once, over TCP on several connections and over HTTP under one key. */
@MariaDbTest
@TestPropertySource(properties = "onecard.terminal.max-connections-per-terminal=" + StormTests.CONNECTIONS)
class StormTests extends StormSuite {

    static final int CONNECTIONS = 6;
    private static final int SENDS_PER_CONNECTION = 4;

    @Test
    void aPurchaseStormOnSeveralConnectionsDebitsOnceAndEveryReplyIsTheSame() throws Exception {
        Card card = fx.card(10_000);

        List<String> replies = storm(fx.purchase(card.serial(), 1_234, "000501"));

        assertThat(replies).hasSize(CONNECTIONS * SENDS_PER_CONNECTION).containsOnly(replies.get(0));
        IsoMessage reply = PurchaseTerminal.CODEC.decode(HexFormat.of().parseHex(replies.get(0)));
        assertThat(reply.text(39)).isEqualTo("00");
        assertThat(fx.cashFen(card)).isEqualTo(10_000 - 1_234);
        assertThat(fx.consumptions(card)).containsExactly("ONLINE 1234 null");
        Checks.booksClean(web, fx.admin.token());
    }

    @Test
    void aDeclineStormIsTheSameDeclineEverywhereAndHoldsNothingBack() throws Exception {
        Card card = fx.card(500);

        List<String> replies = storm(fx.purchase(card.serial(), 501, "000502"));

        assertThat(replies).containsOnly(replies.get(0));
        assertThat(PurchaseTerminal.CODEC.decode(HexFormat.of().parseHex(replies.get(0))).text(39)).isEqualTo("51");
        try (PurchaseTerminal terminal = new PurchaseTerminal(server.port(), fx.key)) {
            assertThat(terminal.exchange(fx.purchase(card.serial(), 500, "000503")).text(39)).isEqualTo("00");
        }
        assertThat(fx.cashFen(card)).isZero();
        assertThat(fx.consumptions(card)).containsExactly("ONLINE 500 null");
    }

    @Test
    void oneRechargeSentConcurrentlyUnderOneKeyCreditsOnceAndAnotherBodyIsRefused() throws Exception {
        Card card = fx.card(1_000);
        String uri = "/api/cards/" + card.id() + "/recharge";

        List<HttpAnswer> answers = httpStorm(uri, "storm-rch-" + card.id(), Map.of("amountFen", 2_500));

        assertOneMovement(answers);
        assertThat(fx.cashFen(card)).isEqualTo(3_500);
        HttpAnswer other = StormClients.post(web, fx, uri, "storm-rch-" + card.id(), Map.of("amountFen", 2_501));
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.code()).isEqualTo(1007);
        assertThat(fx.cashFen(card)).isEqualTo(3_500);
        Checks.booksClean(web, fx.admin.token());
    }

    @Test
    void oneRefundSentConcurrentlyUnderOneKeyDebitsOnceAndAnotherBodyIsRefused() throws Exception {
        Card card = fx.card(5_000);
        String uri = "/api/cards/" + card.id() + "/refund";

        List<HttpAnswer> answers = httpStorm(uri, "storm-ref-" + card.id(), Map.of("wallet", "CASH", "amountFen", 1_200));

        assertOneMovement(answers);
        assertThat(fx.cashFen(card)).isEqualTo(3_800);
        HttpAnswer other = StormClients.post(web, fx, uri, "storm-ref-" + card.id(),
                Map.of("wallet", "SUBSIDY", "amountFen", 1_200));
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.code()).isEqualTo(1007);
        assertThat(fx.cashFen(card)).isEqualTo(3_800);
        Checks.booksClean(web, fx.admin.token());
    }

    /** The same frame sent {@link #SENDS_PER_CONNECTION} times on each of {@link #CONNECTIONS} connections at once; the replies as hex. */
    private List<String> storm(IsoMessage request) throws Exception {
        List<PurchaseTerminal> links = StormClients.connections(server.port(), fx, CONNECTIONS);
        try {
            List<Callable<List<String>>> tasks = new ArrayList<>();
            for (PurchaseTerminal link : links) {
                byte[] frame = link.frame(request);
                tasks.add(() -> {
                    List<String> replies = new ArrayList<>();
                    for (int i = 0; i < SENDS_PER_CONNECTION; i++) {
                        replies.add(HexFormat.of().formatHex(link.exchangeBytes(frame)));
                    }
                    return replies;
                });
            }
            return StormClients.atOnce(tasks).stream().flatMap(List::stream).toList();
        } finally {
            StormClients.closeAll(links);
        }
    }

    private List<HttpAnswer> httpStorm(String uri, String key, Object body) throws Exception {
        List<Callable<HttpAnswer>> tasks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            tasks.add(() -> StormClients.post(web, fx, uri, key, body));
        }
        return StormClients.atOnce(tasks);
    }

    /** Every answer a success naming the same posting, exactly one of them the first (not replayed). */
    private static void assertOneMovement(List<HttpAnswer> answers) {
        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as("status of %s", a).isBetween(200, 201));
        assertThat(answers).extracting(HttpAnswer::postingId).doesNotContainNull().containsOnly(answers.get(0).postingId());
        assertThat(answers).filteredOn(a -> Boolean.FALSE.equals(a.replayed())).hasSize(1);
    }
}
