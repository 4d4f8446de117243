package org.onecard.terminal.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onecard.common.sql.Utc;
import org.onecard.common.time.BusinessClock;
import org.onecard.identity.Operators;
import org.onecard.identity.Roles;
import org.onecard.people.ApiCalls;
import org.onecard.people.persistence.PeopleStore;
import org.onecard.rules.MealPeriods;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.live.application.LiveStates;
import org.onecard.terminal.live.persistence.LiveStore;
import org.onecard.terminal.live.persistence.LiveStore.Seen;
import org.onecard.terminal.purchase.PurchaseTerminal;
import org.onecard.terminal.purchase.TerminalFixture;
import org.onecard.terminal.purchase.TerminalFixture.Card;
import org.onecard.terminal.server.TerminalServer;
import org.onecard.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * Live state and the transaction monitor against the full server on MariaDB. The flush interval is
 * an hour here, so only an explicit flush writes the terminal row: the purchase path never does.
 */
@MariaDbTest
@TestPropertySource(properties = {"onecard.live.flush-interval=1h", "onecard.live.max-monitors=3"})
class LiveMonitorTests {

    private static final ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>> EVENT =
            new ParameterizedTypeReference<>() {
            };
    private static final Duration WAIT = Duration.ofSeconds(15);

    @Autowired
    WebTestClient web;
    @Autowired
    Operators operators;
    @Autowired
    PeopleStore people;
    @Autowired
    DatabaseClient db;
    @Autowired
    MealPeriods meals;
    @Autowired
    BusinessClock clock;
    @Autowired
    TerminalServer server;
    @Autowired
    LiveStates live;
    @Autowired
    LiveStore store;

    ApiCalls admin;
    TerminalFixture fixture;
    long terminalId;
    PurchaseTerminal terminal;

    @BeforeEach
    void setUp() throws Exception {
        admin = ApiCalls.as(web, operators, Roles.ADMIN);
        fixture = new TerminalFixture(web, admin, people, db, meals, clock);
        terminalId = db.sql("SELECT id FROM terminal WHERE code = :code").bind("code", fixture.code)
                .map(r -> r.get("id", Long.class)).one().block();
        terminal = new PurchaseTerminal(server.port(), fixture.key);
    }

    @AfterEach
    void tearDown() throws Exception {
        terminal.close();
    }

    @Test
    void aPurchaseReachesAnOpenMonitorAsItHappens() throws Exception {
        Card card = fixture.card(5_000);
        Sinks.One<ServerSentEvent<Map<String, Object>>> first = Sinks.one();
        Disposable watching = stream(admin, "?outletId=" + fixture.outlet)
                .filter(e -> "transaction".equals(e.event())).next().subscribe(first::tryEmitValue);
        try {
            IsoMessage reply = terminal.exchange(fixture.purchase(card.serial(), 1250, "000101"));
            assertThat(reply.text(39)).isEqualTo("00");

            ServerSentEvent<Map<String, Object>> event = first.asMono().block(WAIT);
            Map<String, Object> data = event.data();

            assertThat(event.id()).isEqualTo(String.valueOf(data.get("seq")));
            assertThat(data).containsEntry("terminalCode", fixture.code).containsEntry("kind", "PURCHASE")
                    .containsEntry("responseCode", "00").containsEntry("approved", true)
                    .containsEntry("amountFen", 1250).containsEntry("trace", "000101")
                    .containsEntry("card", "****" + card.serial().substring(card.serial().length() - 4))
                    .containsEntry("reference", reply.text(37));
            assertThat(((Number) data.get("outletId")).longValue()).isEqualTo(fixture.outlet);
        } finally {
            watching.dispose();
        }
    }

    @Test
    void onlyRefusalsLeavesApprovalsOutAndAnOperatorSeesOnlyTheirOutlets() throws Exception {
        Card card = fixture.card(5_000);
        assertThat(terminal.exchange(fixture.purchase(card.serial(), 100, "000201")).text(39)).isEqualTo("00");
        assertThat(terminal.exchange(fixture.purchase("999999999999", 100, "000202")).text(39)).isEqualTo("14");
        ApiCalls elsewhere = ApiCalls.scoped(web, operators, Set.of(), Set.of(fixture.outlet + 1000), Roles.ADMIN);
        ApiCalls here = ApiCalls.scoped(web, operators, Set.of(), Set.of(fixture.outlet), Roles.ADMIN);

        Map<String, Object> refusal = firstTransaction(admin, "?refusalsOnly=true&terminal=" + fixture.code);
        Map<String, Object> mine = firstTransaction(here, "");
        List<ServerSentEvent<Map<String, Object>>> theirs = stream(elsewhere, "")
                .filter(e -> "transaction".equals(e.event())).take(Duration.ofSeconds(1)).collectList().block(WAIT);

        assertThat(refusal).containsEntry("trace", "000202").containsEntry("responseCode", "14")
                .containsEntry("approved", false).containsEntry("amountFen", 100);
        assertThat(mine).containsEntry("trace", "000201");
        assertThat(theirs).isEmpty();
    }

    @Test
    void theRegistryShowsTheTerminalOnlineWithItsLastMessageAndTransaction() throws Exception {
        Instant before = clock.now();
        Card card = fixture.card(5_000);
        terminal.exchange(fixture.purchase(card.serial(), 300, "000301"));

        Map<String, Object> view = admin.read("/api/terminals/" + terminalId);
        terminal.close();

        assertThat(view).containsEntry("online", true).containsEntry("lastTrace", 301);
        assertThat(Instant.parse((String) view.get("lastSeenAt"))).isAfterOrEqualTo(before.minusMillis(1));
        assertThat(Instant.parse((String) view.get("lastTransactionAt"))).isAfterOrEqualTo(before.minusMillis(1));
        assertThat(pollOnline()).as("offline once its connection closed").isFalse();
        Map<String, Object> listed = admin.read("/api/terminals?outletId=" + fixture.outlet);
        @SuppressWarnings("unchecked")
        Map<String, Object> row = ((List<Map<String, Object>>) listed.get("items")).get(0);
        assertThat(row).containsEntry("online", false).containsEntry("lastTrace", 301);
    }

    @Test
    void theTerminalRowIsWrittenByTheFlushNotByThePurchase() throws Exception {
        Card card = fixture.card(5_000);
        terminal.exchange(fixture.purchase(card.serial(), 300, "000401"));

        Map<String, Object> beforeFlush = row();
        live.flush().block(WAIT);
        Map<String, Object> afterFlush = row();

        assertThat(beforeFlush.get("last_seen_at")).isNull();
        assertThat(beforeFlush.get("last_trace")).isNull();
        assertThat(afterFlush.get("last_seen_at")).isNotNull();
        assertThat(afterFlush.get("last_transaction_at")).isNotNull();
        assertThat(afterFlush.get("last_trace")).isEqualTo(401);
    }

    @Test
    void oneFlushWritesManyTerminalsAndKeepsWhatATerminalDidNotDoSince() {
        long echoOnly = fixture.terminal("FREE_AMOUNT", Map.of()).id();
        long transacted = fixture.terminal("FREE_AMOUNT", Map.of()).id();
        Instant earlier = Instant.parse("2026-11-20T08:00:00Z");
        Instant now = Instant.parse("2026-11-21T09:30:00Z");
        store.write(List.of(new Seen(echoOnly, earlier, earlier, 7))).block(WAIT);

        List<Seen> seen = new ArrayList<>();
        for (long absent = 1; absent <= LiveStore.CHUNK; absent++) {
            seen.add(new Seen(-absent, now, now, 1));
        }
        seen.add(new Seen(echoOnly, now, null, null));
        seen.add(new Seen(transacted, now, now, 42));
        store.write(seen).block(WAIT);

        assertThat(row(echoOnly)).containsEntry("last_trace", 7);
        assertThat(Utc.fromDb((LocalDateTime) row(echoOnly).get("last_seen_at"))).isEqualTo(now);
        assertThat(Utc.fromDb((LocalDateTime) row(echoOnly).get("last_transaction_at"))).isEqualTo(earlier);
        assertThat(row(transacted)).containsEntry("last_trace", 42);
        assertThat(Utc.fromDb((LocalDateTime) row(transacted).get("last_transaction_at"))).isEqualTo(now);
        assertThat(row(terminalId).get("last_seen_at")).as("a terminal not in the flush is untouched").isNull();
    }

    @Test
    void anEnquiryShowsOnTheMonitorButIsNotTheTerminalsLastTransaction() throws Exception {
        Card card = fixture.card(5_000);
        IsoMessage enquiry = IsoMessage.builder("0200").set(2, card.serial()).set(3, "310000").set(11, "000501")
                .set(41, fixture.code).build();
        assertThat(terminal.exchange(enquiry).text(39)).isEqualTo("00");

        Map<String, Object> shown = firstTransaction(admin, "?terminal=" + fixture.code);
        Map<String, Object> view = admin.read("/api/terminals/" + terminalId);

        assertThat(shown).containsEntry("kind", "BALANCE_ENQUIRY").containsEntry("trace", "000501");
        assertThat(view).containsEntry("online", true).doesNotContainKey("lastTransactionAt")
                .doesNotContainKey("lastTrace");
        assertThat(view.get("lastSeenAt")).isNotNull();
    }

    @Test
    void badMonitorRequestsAreRefused() {
        admin.get("/api/monitor/transactions?terminal=abc").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo(1001).jsonPath("$.errors[0].field").isEqualTo("terminal");
        admin.get("/api/monitor/transactions?terminal=1000").expectStatus().isBadRequest();
        admin.get("/api/monitor/transactions?after=-1").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("after");
        ApiCalls cashier = ApiCalls.as(web, operators, Roles.CASHIER);
        cashier.get("/api/monitor/transactions").expectStatus().isForbidden();
        cashier.get("/api/monitor/server").expectStatus().isForbidden();
    }

    @Test
    void monitorsBeyondTheLimitAreRefusedWith5122UntilOneCloses() {
        List<Disposable> open = List.of(holdOpen(), holdOpen(), holdOpen());
        try {
            admin.get("/api/monitor/transactions").expectStatus().isEqualTo(429)
                    .expectBody().jsonPath("$.code").isEqualTo(5122);
        } finally {
            open.forEach(Disposable::dispose);
        }
    }

    @Test
    void theServerEndpointSaysWhereTerminalsConnect() throws Exception {
        terminal.exchange(fixture.purchase("999999999999", 100, "000601")); // its connection is surely open now

        Map<String, Object> s = admin.read("/api/monitor/server");

        assertThat(s).containsEntry("listening", true).containsEntry("port", server.port());
        assertThat(((Number) s.get("openConnections")).intValue()).isPositive();
    }

    private Flux<ServerSentEvent<Map<String, Object>>> stream(ApiCalls who, String query) {
        return web.get().uri("/api/monitor/transactions" + query).headers(h -> h.setBearerAuth(who.token()))
                .accept(MediaType.TEXT_EVENT_STREAM).exchange().expectStatus().isOk()
                .returnResult(EVENT).getResponseBody();
    }

    private Map<String, Object> firstTransaction(ApiCalls who, String query) {
        return stream(who, query).filter(e -> "transaction".equals(e.event())).next().block(WAIT).data();
    }

    /** A monitor kept open (its answer has begun, so the server counts it) until disposed. */
    private Disposable holdOpen() {
        return stream(admin, "").subscribe();
    }

    private boolean pollOnline() throws InterruptedException {
        boolean online = true;
        for (int i = 0; i < 100 && online; i++) {
            online = Boolean.TRUE.equals(admin.read("/api/terminals/" + terminalId).get("online"));
            if (online) {
                Thread.sleep(50);
            }
        }
        return online;
    }

    private Map<String, Object> row() {
        return row(terminalId);
    }

    private Map<String, Object> row(long id) {
        return db.sql("SELECT last_seen_at, last_transaction_at, last_trace FROM terminal WHERE id = :id")
                .bind("id", id).fetch().one().block();
    }
}
