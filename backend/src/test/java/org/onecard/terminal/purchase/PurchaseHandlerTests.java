package org.onecard.terminal.purchase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onecard.people.ApiCalls.body;
import static org.onecard.people.ApiCalls.id;

import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onecard.common.time.BusinessClock;
import org.onecard.identity.Operators;
import org.onecard.identity.Roles;
import org.onecard.people.ApiCalls;
import org.onecard.people.persistence.PeopleStore;
import org.onecard.rules.MealPeriods;
import org.onecard.rules.domain.MealPeriod;
import org.onecard.rules.domain.MealSchedule;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.server.TerminalServer;
import org.onecard.testing.Checks;
import org.onecard.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** 0200 purchases over a real socket against the full server on MariaDB. */
@MariaDbTest
class PurchaseHandlerTests {

    private static final AtomicInteger NEXT = new AtomicInteger(100);

    @Autowired
    WebTestClient web;
    @Autowired
    Operators operators;
    @Autowired
    PeopleStore people;
    @Autowired
    DatabaseClient db;
    @Autowired
    TerminalServer server;
    @Autowired
    MealPeriods meals;
    @Autowired
    BusinessClock clock;
    /** A spy that behaves as the real bean unless a test says otherwise. */
    @org.springframework.test.context.bean.override.mockito.MockitoSpyBean
    TerminalReplies replies;

    ApiCalls admin;
    long outlet;
    String code;
    PurchaseTerminal terminal;

    @BeforeEach
    void setUp() throws Exception {
        admin = ApiCalls.as(web, operators, Roles.ADMIN);
        allDayMeal();
        long merchant = id(admin.created("/api/merchants", Map.of("name", "商户" + NEXT.incrementAndGet())));
        outlet = id(admin.created("/api/outlets", Map.of("merchantId", merchant, "name", "食堂" + NEXT.get(),
                "kind", "CANTEEN")));
        int machineNo = NEXT.incrementAndGet() % 990 + 1;
        Map<String, Object> r = new HashMap<>();
        r.put("machineNo", machineNo);
        r.put("serial", "SN-" + NEXT.incrementAndGet());
        r.put("model", "TX-100");
        r.put("purpose", "CONSUMPTION");
        r.put("outletId", outlet);
        r.put("mode", "FREE_AMOUNT");
        Map<String, Object> created = admin.created("/api/terminals", r);
        code = String.format("%08d", machineNo);
        terminal = new PurchaseTerminal(server.port(), HexFormat.of().parseHex((String) created.get("macKey")));
    }

    @AfterEach
    void tearDown() throws Exception {
        terminal.close();
    }

    @Test
    void anApprovedPurchaseBooksOnceAndLowersTheBalance() throws Exception {
        Card card = card(10_000);

        IsoMessage reply = terminal.exchange(purchase(card.serial, 1250, "000001"));

        assertThat(reply.mti()).isEqualTo("0210");
        assertThat(reply.text(39)).isEqualTo("00");
        assertThat(reply.text(4)).isEqualTo("000000001250");
        assertThat(reply.text(11)).isEqualTo("000001");
        assertThat(reply.text(41)).isEqualTo(code);
        assertThat(reply.text(37)).matches("\\d{12}");
        assertThat(reply.text(38)).matches("\\d{6}").isEqualTo(reply.text(37).substring(6));
        assertThat(reply.text(54)).isEqualTo("1002156C000000008750" + "2002156C000000000000");
        assertThat(reply.has(64)).isTrue();
        assertThat(cashFen(card)).isEqualTo(8_750);
        assertThat(consumptions(card)).containsExactly("ONLINE 1250 " + code);
        Checks.booksClean(web, admin.token());
    }

    @Test
    void theSameFrameThreeTimesBooksOnceAndGetsTheSameReply() throws Exception {
        Card card = card(5_000);
        byte[] frame = terminal.frame(purchase(card.serial, 800, "000002"));

        List<String> replies = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            replies.add(HexFormat.of().formatHex(terminal.exchangeBytes(frame)));
        }

        assertThat(replies).containsOnly(replies.get(0)).hasSize(3);
        assertThat(PurchaseTerminal.CODEC.decode(HexFormat.of().parseHex(replies.get(0))).text(39)).isEqualTo("00");
        assertThat(consumptions(card)).hasSize(1);
        assertThat(cashFen(card)).isEqualTo(4_200);
        Checks.booksClean(web, admin.token());
    }

    @Test
    void theSameTraceWithAnotherAmountOrCardIsAConflict() throws Exception {
        Card card = card(5_000);
        Card other = card(5_000);
        assertThat(terminal.exchange(purchase(card.serial, 800, "000003")).text(39)).isEqualTo("00");

        IsoMessage conflict = terminal.exchange(purchase(card.serial, 900, "000003"));
        IsoMessage otherCard = terminal.exchange(purchase(other.serial, 800, "000003"));

        assertThat(conflict.text(39)).isEqualTo("94");
        assertThat(conflict.has(37)).isFalse();
        assertThat(otherCard.text(39)).isEqualTo("94");
        assertThat(cashFen(card)).isEqualTo(4_200);
        assertThat(cashFen(other)).isEqualTo(5_000);
        assertThat(consumptions(card)).hasSize(1);
        Checks.booksClean(web, admin.token());
    }

    @Test
    void refusalsAnswerTheirCodeAndBookNothing() throws Exception {
        Card lost = card(5_000);
        admin.postEmpty("/api/cards/" + lost.id + "/loss").expectStatus().isOk();
        Card poor = card(500);

        assertThat(terminal.exchange(purchase(lost.serial, 100, "000004")).text(39)).isEqualTo("41");
        IsoMessage insufficient = terminal.exchange(purchase(poor.serial, 501, "000005"));
        assertThat(insufficient.text(39)).isEqualTo("51");
        assertThat(insufficient.text(4)).isEqualTo("000000000501");
        assertThat(insufficient.has(38)).isFalse();
        assertThat(terminal.exchange(purchase("99999999" + NEXT.incrementAndGet(), 100, "000006")).text(39))
                .isEqualTo("14");

        assertThat(cashFen(lost)).isEqualTo(5_000);
        assertThat(cashFen(poor)).isEqualTo(500);
        assertThat(consumptions(lost)).isEmpty();
        assertThat(consumptions(poor)).isEmpty();
        Checks.booksClean(web, admin.token());
    }

    @Test
    void aRefusalIsTheFirstReplyEvenWhenTheCardIsUnlostBeforeTheRepeat() throws Exception {
        Card card = card(5_000);
        admin.postEmpty("/api/cards/" + card.id + "/loss").expectStatus().isOk();
        byte[] frame = terminal.frame(purchase(card.serial, 300, "000013"));
        byte[] first = terminal.exchangeBytes(frame);
        admin.postEmpty("/api/cards/" + card.id + "/unloss").expectStatus().isOk();

        byte[] repeat = terminal.exchangeBytes(frame);
        IsoMessage otherAmount = terminal.exchange(purchase(card.serial, 301, "000013"));
        IsoMessage newTrace = terminal.exchange(purchase(card.serial, 300, "000014"));

        IsoMessage refused = PurchaseTerminal.CODEC.decode(first);
        assertThat(refused.text(39)).isEqualTo("41");
        assertThat(refused.has(64)).isTrue();
        assertThat(HexFormat.of().formatHex(repeat)).isEqualTo(HexFormat.of().formatHex(first));
        assertThat(otherAmount.text(39)).isEqualTo("94");
        assertThat(otherAmount.text(4)).isEqualTo("000000000301");
        assertThat(newTrace.text(39)).isEqualTo("00");
        assertThat(cashFen(card)).isEqualTo(4_700);
        assertThat(consumptions(card)).containsExactly("ONLINE 300 " + code);
        assertThat(kept("000013")).isEqualTo("41");
        assertThat(kept("000014")).as("the approval's marker").isEqualTo("00");
        Checks.booksClean(web, admin.token());
    }

    @Test
    void anUnknownCardRefusalIsKeptAndAnotherCardUnderItsKeyIsAConflict() throws Exception {
        Card card = card(5_000);
        String unknown = "99999999" + NEXT.incrementAndGet();
        IsoMessage first = purchase(unknown, 100, "000015");
        assertThat(terminal.exchange(first).text(39)).isEqualTo("14");

        // built once: fields 12/13 are the time now, and a repeat must carry the same
        IsoMessage again = terminal.exchange(first);
        IsoMessage realCard = terminal.exchange(first.toBuilder().set(2, card.serial).build());

        assertThat(again.text(39)).isEqualTo("14");
        assertThat(again.text(4)).isEqualTo("000000000100");
        assertThat(realCard.text(39)).isEqualTo("94");
        assertThat(cashFen(card)).isEqualTo(5_000);
        assertThat(consumptions(card)).isEmpty();
    }

    @Test
    void aTwinThatLosesTheInsertGetsTheReplyKeptFirst() {
        IsoMessage request = purchase("620199999999", 100, "000017");
        PurchaseRequest parsed = PurchaseRequest.parse(request, code, clock.accountingDate(clock.now()),
                clock.zone()).orElseThrow();
        IsoMessage lost = IsoMessage.builder("0210").set(11, "000017").set(39, "41").build();
        IsoMessage limit = IsoMessage.builder("0210").set(11, "000017").set(39, "65").build();
        IsoMessage other = request.toBuilder().set(4, "000000000200").build();
        PurchaseRequest otherParsed = PurchaseRequest.parse(other, code, clock.accountingDate(clock.now()),
                clock.zone()).orElseThrow();

        assertThat(replies.keep(request, parsed, lost).block()).isEqualTo(lost);
        assertThat(replies.keep(request, parsed, limit).block()).isEqualTo(lost);
        assertThat(replies.keep(other, otherParsed, limit).block().text(39)).isEqualTo("94");
        assertThat(kept("000017")).isEqualTo("41");
    }

    @Test
    void anApprovalMarksItsKeyAndItsRepeatReplaysFromTheLedger() throws Exception {
        Card card = card(5_000);
        IsoMessage request = purchase(card.serial, 700, "000016");   // built once: a retry repeats its time fields
        IsoMessage approved = terminal.exchange(request);

        IsoMessage again = terminal.exchange(request);

        assertThat(approved.text(39)).isEqualTo("00");
        assertThat(kept("000016")).as("the approval's marker").isEqualTo("00");
        assertThat(again.text(39)).isEqualTo("00");
        assertThat(again.text(37)).isEqualTo(approved.text(37));
        assertThat(consumptions(card)).hasSize(1);
        assertThat(cashFen(card)).isEqualTo(4_300);
    }

    @Test
    void anApprovalLosingItsKeyToATwinsRefusalBooksNothingAndAnswersTheRefusal() throws Exception {
        Card card = card(5_000);
        IsoMessage request = purchase(card.serial, 700, "000018");
        PurchaseRequest parsed = PurchaseRequest.parse(request, code, clock.accountingDate(clock.now()),
                clock.zone()).orElseThrow();
        IsoMessage refusal = IsoMessage.builder("0210").set(11, "000018").set(39, "41").build();
        // the twin's refusal is kept just after this request found the key free, before it books
        java.util.concurrent.atomic.AtomicBoolean armed = new java.util.concurrent.atomic.AtomicBoolean(true);
        org.mockito.Mockito.doAnswer(inv -> armed.getAndSet(false)
                        ? replies.keep(request, parsed, refusal).then(reactor.core.publisher.Mono.empty())
                        : inv.callRealMethod())
                .when(replies).first(org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any());

        IsoMessage answer = terminal.exchange(request);

        assertThat(answer.text(39)).isEqualTo("41");
        assertThat(consumptions(card)).isEmpty();
        assertThat(cashFen(card)).isEqualTo(5_000);
        Checks.booksClean(web, admin.token());
    }

    @Test
    void badRequestsAreRefusedBeforeAnythingIsRead() throws Exception {
        Card card = card(5_000);

        assertThat(terminal.exchange(purchase(card.serial, 100, "000007").toBuilder()
                .set(42, String.format("%015d", outlet + 1)).build()).text(39)).isEqualTo("03");
        assertThat(terminal.exchange(purchase(card.serial, 100, "000008").toBuilder().remove(2).build()).text(39))
                .isEqualTo("30");
        assertThat(terminal.exchange(purchase(card.serial, 100, "000019").toBuilder().set(48, "KY01").build())
                .text(39)).as("a field 48 that does not read").isEqualTo("30");
        assertThat(terminal.exchange(purchase(card.serial, 100, "000009").toBuilder().set(13, "1340").build())
                .text(39)).isEqualTo("30");
        assertThat(terminal.exchange(purchase(card.serial, 100, "000010").toBuilder().set(3, "990000").build())
                .text(39)).isEqualTo("12");

        assertThat(terminal.exchange(purchase(card.serial, 0, "000012")).text(39)).isEqualTo("13");

        assertThat(cashFen(card)).isEqualTo(5_000);
        assertThat(consumptions(card)).isEmpty();
    }

    @Test
    void aBalanceEnquiryAnswersBothWalletsAndMovesNothing() throws Exception {
        Card card = card(3_000);

        IsoMessage reply = terminal.exchange(purchase(card.serial, 0, "000011").toBuilder().set(3, "310000").build());

        assertThat(reply.text(39)).isEqualTo("00");
        assertThat(reply.text(54)).isEqualTo("1002156C000000003000" + "2002156C000000000000");
        assertThat(reply.has(37)).isFalse();
        assertThat(consumptions(card)).isEmpty();
    }

    private IsoMessage purchase(String serial, long amountFen, String trace) {
        ZonedDateTime local = clock.now().atZone(clock.zone());
        return IsoMessage.builder("0200").set(2, serial).set(3, "000000").set(4, String.format("%012d", amountFen))
                .set(11, trace).set(12, DateTimeFormatter.ofPattern("HHmmss").format(local))
                .set(13, DateTimeFormatter.ofPattern("MMdd").format(local)).set(41, code)
                .set(42, String.format("%015d", outlet)).build();
    }

    private record Card(long id, String serial) {
    }

    private Card card(long firstRechargeFen) {
        long unit = people.insertOrgUnit("7" + NEXT.incrementAndGet(), "部门" + NEXT.get(), null).block();
        long person = people.insertPerson("P" + NEXT.incrementAndGet(), "持卡人", unit).block();
        String serial = "6201" + String.format("%08d", NEXT.incrementAndGet());
        Map<String, Object> issue = new HashMap<>();
        issue.put("personId", person);
        issue.put("serial", serial);
        issue.put("depositFen", 0);
        issue.put("cardCostFen", 0);
        issue.put("firstRechargeFen", 0);
        long id = id(body(withKey("/api/cards", "issue-" + serial, issue).expectStatus().isCreated()));
        withKey("/api/cards/" + id + "/recharge", "top-" + serial, Map.of("amountFen", firstRechargeFen))
                .expectStatus().isCreated();
        return new Card(id, serial);
    }

    private WebTestClient.ResponseSpec withKey(String uri, String key, Object body) {
        return web.post().uri(uri).headers(h -> {
            h.setBearerAuth(admin.token());
            h.set("Idempotency-Key", key);
        }).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private long cashFen(Card card) {
        return ((Number) admin.read("/api/cards/" + card.id).get("cashFen")).longValue();
    }

    private List<String> consumptions(Card card) {
        return db.sql("SELECT kind, amount_fen, terminal_no FROM consumption WHERE card_id = :card")
                .bind("card", card.id)
                .map(r -> r.get("kind", String.class) + " " + r.get("amount_fen", Long.class) + " "
                        + r.get("terminal_no", String.class))
                .all().collectList().block();
    }

    /** Field 39 of the reply kept in terminal_reply under this terminal's trace, or null. */
    private String kept(String trace) {
        return db.sql("SELECT response_code FROM terminal_reply WHERE idem_key LIKE :key")
                .bind("key", "term:" + code + ":" + trace + ":%")
                .map(r -> r.get("response_code", String.class)).one().block();
    }

    private void allDayMeal() {
        List<MealPeriod> periods = new ArrayList<>();
        periods.add(new MealPeriod(1, "全天", LocalTime.MIN, LocalTime.of(23, 59, 59), true));
        for (int id = 2; id <= MealPeriod.COUNT; id++) {
            periods.add(new MealPeriod(id, null, null, null, false));
        }
        meals.replace(new MealSchedule(periods)).block();
    }
}
