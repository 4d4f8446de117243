package org.onecard.sites;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onecard.identity.Operators;
import org.onecard.sites.domain.Exchange.DownRequest;
import org.onecard.sites.domain.Exchange.UpBatch;
import org.onecard.sites.domain.Exchange.UpRecord;
import org.onecard.sites.domain.Exchange.WalletLine;
import org.onecard.sites.persistence.ReceivedStore;
import org.onecard.testing.Checks;
import org.onecard.testing.Logins;
import org.onecard.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The centre takes each site record once by (site, seq), and refuses whatever it cannot trust; refusals change nothing. */
@MariaDbTest
@TestPropertySource(properties = {
        "onecard.sites.role=CENTRE", "onecard.sites.code=HQ",
        "onecard.sites.sites.S1=" + CentreExchangeTests.S1_SECRET,
        "onecard.sites.sites.S2=" + CentreExchangeTests.S2_SECRET})
class CentreExchangeTests {

    static final String S1_SECRET = "s1-secret-s1-secret-s1-secret-s1-secret";
    static final String S2_SECRET = "s2-secret-s2-secret-s2-secret-s2-secret";
    private static final String UP = "/api/site-exchange/up";
    private static final String DOWN = "/api/site-exchange/down";

    @Autowired
    WebTestClient web;
    @Autowired
    ObjectMapper json;
    @Autowired
    ReceivedStore received;
    @Autowired
    Operators operators;

    private SignedCalls calls;
    private String site;

    @BeforeEach
    void oneSiteEachTest() {
        calls = new SignedCalls(web, json);
        // the link rows exist for S1 and S2; each test works on its own card numbers under S1
        site = "S1";
    }

    private static UpRecord record(long seq, String card, long delta, long balance) {
        return new UpRecord(seq, "k-" + card + "-" + seq, "RECHARGE", Instant.parse("2026-11-20T08:00:00Z"),
                List.of(new WalletLine(card, "CASH_WALLET", delta, balance)));
    }

    private long acked() {
        return ((Number) status("S1").get("upAcked")).longValue();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> status(String code) {
        String admin = Logins.operator(web, operators, "ADMIN");
        Map<String, Object> body = web.get().uri("/api/sites/status").headers(h -> h.setBearerAuth(admin)).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        return ((List<Map<String, Object>>) body.get("links")).stream().filter(l -> code.equals(l.get("code")))
                .findFirst().orElseThrow();
    }

    private List<UpRecord> records(long from, long to, String card) {
        return LongStream.rangeClosed(from, to).mapToObj(s -> record(s, card, 100, 100 * (s - from + 1))).toList();
    }

    @Test
    void aReplayedBatchChangesNothingAndACutMidBatchResumes() {
        long start = acked();
        String card = "C" + System.nanoTime();
        List<UpRecord> firstThree = records(start + 1, start + 3, card);
        calls.post(UP, site, S1_SECRET, new UpBatch(firstThree)).expectStatus().isOk()
                .expectBody().jsonPath("$.ackedSeq").isEqualTo(start + 3).jsonPath("$.applied").isEqualTo(3);
        // the reply was lost on a cut link: the site sends the whole batch again, and more after it
        List<UpRecord> five = records(start + 1, start + 5, card);
        calls.post(UP, site, S1_SECRET, new UpBatch(five)).expectStatus().isOk()
                .expectBody().jsonPath("$.ackedSeq").isEqualTo(start + 5)
                .jsonPath("$.applied").isEqualTo(2).jsonPath("$.alreadyHad").isEqualTo(3);
        calls.post(UP, site, S1_SECRET, new UpBatch(five)).expectStatus().isOk()
                .expectBody().jsonPath("$.applied").isEqualTo(0).jsonPath("$.alreadyHad").isEqualTo(5);

        long[] counts = received.counts(site).block();
        assertThat(counts[0]).isEqualTo(start + 5).isEqualTo(counts[1]);
        assertThat(mirrored(card)).isEqualTo(500);
        assertThat(status("S1").get("lastError")).isNull();
    }

    @Test
    void theSameNumberOrKeyWithOtherContentIsRefusedAndReported() {
        long start = acked();
        String card = "D" + System.nanoTime();
        calls.post(UP, site, S1_SECRET, new UpBatch(records(start + 1, start + 2, card))).expectStatus().isOk();

        UpRecord changed = record(start + 2, card, 999, 999);
        Checks.problem(calls.post(UP, site, S1_SECRET, new UpBatch(List.of(changed))), 409, 8082);
        UpRecord sameKeyNewNumber = new UpRecord(start + 3, "k-" + card + "-" + (start + 1), "RECHARGE",
                Instant.parse("2026-11-20T08:00:00Z"), List.of(new WalletLine(card, "CASH_WALLET", 1, 201)));
        Checks.problem(calls.post(UP, site, S1_SECRET, new UpBatch(List.of(sameKeyNewNumber))), 409, 8082);
        // a good record before a refused one in the same batch is not taken either
        List<UpRecord> mixed = List.of(record(start + 3, card, 100, 300), record(start + 2, card, 5, 5));
        Checks.problem(calls.post(UP, site, S1_SECRET, new UpBatch(mixed)), 409, 8082);

        assertThat(acked()).isEqualTo(start + 2);
        assertThat(mirrored(card)).isEqualTo(200);
        assertThat((String) status("S1").get("lastError")).startsWith("8082");
    }

    @Test
    void aSkippedNumberIsRefused() {
        long start = acked();
        String card = "G" + System.nanoTime();
        Checks.problem(calls.post(UP, site, S1_SECRET, new UpBatch(List.of(record(start + 2, card, 1, 1)))), 409, 8083);
        assertThat(acked()).isEqualTo(start);
        assertThat(mirrored(card)).isNull();
    }

    @Test
    void badSignaturesOldTimesUnknownSitesAndBadBodiesAreRefused() {
        long start = acked();
        String card = "B" + System.nanoTime();
        UpBatch batch = new UpBatch(List.of(record(start + 1, card, 1, 1)));
        Checks.problem(calls.post(UP, site, S2_SECRET, batch), 401, 8081);
        Checks.problem(calls.post(UP, site, S1_SECRET, batch, Instant.now().getEpochSecond() - 3600), 401, 8081);
        Checks.problem(calls.post(DOWN, site, S1_SECRET.substring(1) + "x", new DownRequest(0, 10)), 401, 8081);
        Checks.problem(calls.post(UP, "S9", S1_SECRET, batch), 401, 8080);
        Checks.problem(web.post().uri(UP).header("Content-Type", "application/json").bodyValue("{\"records\":[]}")
                .exchange(), 401, 8080);
        Checks.problem(calls.post(UP, site, S1_SECRET, Map.of("records", "nope")), 400, 1000);
        Checks.problem(calls.post(DOWN, site, S1_SECRET, new DownRequest(0, 0)), 400, 1001);
        assertThat(acked()).isEqualTo(start);
        assertThat(mirrored(card)).isNull();
    }

    @Test
    void theFeedCarriesASitesBalancesToTheOtherSitesOnly() {
        long start = acked();
        String card = "F" + System.nanoTime();
        calls.post(UP, site, S1_SECRET, new UpBatch(records(start + 1, start + 2, card))).expectStatus().isOk();

        List<Map<String, Object>> toS2 = feed("S2", S2_SECRET);
        List<Map<String, Object>> toS1 = feed("S1", S1_SECRET);
        assertThat(toS2).filteredOn(e -> card.equals(e.get("cardNo"))).extracting(e -> e.get("balanceFen"))
                .containsExactly(100, 200);
        assertThat(toS1).noneMatch(e -> card.equals(e.get("cardNo")));
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> feed(String code, String secret) {
        Map<String, Object> reply = calls.post(DOWN, code, secret, new DownRequest(0, 500)).expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        return (List<Map<String, Object>>) reply.get("entries");
    }

    @SuppressWarnings("unchecked")
    private Long mirrored(String card) {
        String admin = Logins.operator(web, operators, "ADMIN");
        Map<String, Object> body = web.get().uri("/api/sites/balances").headers(h -> h.setBearerAuth(admin)).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        return ((List<Map<String, Object>>) body.get("mirrored")).stream()
                .filter(b -> card.equals(b.get("cardNo")) && "S1".equals(b.get("homeSite")))
                .map(b -> ((Number) b.get("balanceFen")).longValue()).findFirst().orElse(null);
    }
}
