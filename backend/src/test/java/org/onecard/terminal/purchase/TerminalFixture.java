package org.onecard.terminal.purchase;

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
import org.onecard.common.time.BusinessClock;
import org.onecard.people.ApiCalls;
import org.onecard.people.persistence.PeopleStore;
import org.onecard.rules.MealPeriods;
import org.onecard.rules.domain.MealPeriod;
import org.onecard.rules.domain.MealSchedule;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.people.face.TestImages;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * One registered FREE_AMOUNT consumption terminal on its own outlet (and more in other work modes
 * on demand), cards with money on them, and the requests and reads the terminal tests share. Meal periods are set to one all-day meal.
 */
public final class TerminalFixture {

    private static final AtomicInteger NEXT = new AtomicInteger(500);

    /** A card and its holder. */
    public record Card(long id, String serial, long personId, String employeeNo) {

        /** A card as a terminal names it (e.g. one nobody holds). */
        public Card(long id, String serial) {
            this(id, serial, 0, null);
        }
    }

    /** Another terminal of the outlet: its field-41 code, registry id and MAC key. */
    public record Registered(long id, String code, byte[] key) {
    }

    public final ApiCalls admin;
    public final long outlet;
    public final String code;
    public final byte[] key;
    private final WebTestClient web;
    private final PeopleStore people;
    private final DatabaseClient db;
    private final BusinessClock clock;

    public TerminalFixture(WebTestClient web, ApiCalls admin, PeopleStore people, DatabaseClient db, MealPeriods meals,
                    BusinessClock clock) {
        this.web = web;
        this.admin = admin;
        this.people = people;
        this.db = db;
        this.clock = clock;
        allDayMeal(meals);
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
        key = HexFormat.of().parseHex((String) created.get("macKey"));
    }

    /** A 0200 purchase at the server's local time now. */
    public IsoMessage purchase(String serial, long amountFen, String trace) {
        ZonedDateTime local = clock.now().atZone(clock.zone());
        return IsoMessage.builder("0200").set(2, serial).set(3, "000000").set(4, String.format("%012d", amountFen))
                .set(11, trace).set(12, DateTimeFormatter.ofPattern("HHmmss").format(local))
                .set(13, DateTimeFormatter.ofPattern("MMdd").format(local)).set(41, code)
                .set(42, String.format("%015d", outlet)).build();
    }

    /** Another consumption terminal of the outlet in {@code mode}, with more request fields (its mode's values). */
    public Registered terminal(String mode, Map<String, Object> values) {
        int machineNo = NEXT.incrementAndGet() % 990 + 1;
        Map<String, Object> r = new HashMap<>(values);
        r.put("machineNo", machineNo);
        r.put("serial", "SN-M" + NEXT.incrementAndGet());
        r.put("purpose", "CONSUMPTION");
        r.put("outletId", outlet);
        r.put("mode", mode);
        Map<String, Object> created = admin.created("/api/terminals", r);
        @SuppressWarnings("unchecked")
        long id = id((Map<String, Object>) created.get("terminal"));
        return new Registered(id, String.format("%08d", machineNo), HexFormat.of().parseHex((String) created.get("macKey")));
    }

    /** A 0200 purchase at that terminal at the server's local time, with field 4 unless {@code amountFen} is null. */
    public IsoMessage.Builder purchaseAt(Registered terminal, String credential, Long amountFen, String trace) {
        IsoMessage.Builder m = purchase(credential, 0, trace).toBuilder().set(41, terminal.code());
        return amountFen == null ? m.remove(4) : m.set(4, String.format("%012d", amountFen));
    }

    /** The 0400 reversing {@code original}: its fields with the reversal's own trace and field 90. */
    public static IsoMessage reversalOf(IsoMessage original, String reversalTrace) {
        String originalData = "0200" + original.text(11) + original.text(13) + original.text(12) + "0".repeat(22);
        return original.toBuilder().mti("0400").set(11, reversalTrace).set(90, originalData).build();
    }

    public Card card(long firstRechargeFen) {
        return card(firstRechargeFen, null);
    }

    /** A card of this card type (null: none, so no limits) with its first recharge. */
    public Card card(long firstRechargeFen, Long cardTypeId) {
        long unit = people.insertOrgUnit("7" + NEXT.incrementAndGet(), "部门" + NEXT.get(), null).block();
        String employeeNo = "P" + NEXT.incrementAndGet();
        long person = people.insertPerson(employeeNo, "持卡人", unit).block();
        String serial = "6202" + String.format("%08d", NEXT.incrementAndGet());
        Map<String, Object> issue = new HashMap<>();
        issue.put("personId", person);
        issue.put("serial", serial);
        issue.put("depositFen", 0);
        issue.put("cardCostFen", 0);
        issue.put("firstRechargeFen", 0);
        if (cardTypeId != null) {
            issue.put("cardTypeId", cardTypeId);
        }
        long id = id(body(withKey("/api/cards", "issue-" + serial, issue).expectStatus().isCreated()));
        withKey("/api/cards/" + id + "/recharge", "top-" + serial, Map.of("amountFen", firstRechargeFen))
                .expectStatus().isCreated();
        return new Card(id, serial, person, employeeNo);
    }

    /** A card type without limits but those given (names as in the card type API). */
    public long cardType(Map<String, Object> limits) {
        Map<String, Object> body = new HashMap<>(Map.of("name", "卡类" + NEXT.incrementAndGet(), "discountPercent", 100,
                "perTransactionMaxFen", 0, "validDays", 0, "minBalanceFen", 0, "maxBalanceFen", 0,
                "deductionOrder", "SUBSIDY_THEN_CASH", "allowedMealPeriods", List.of(1, 2, 3, 4), "allTerminals", true,
                "allowedTerminals", List.of()));
        body.putAll(Map.of("perMealCountLimit", 0, "perMealAmountLimitFen", 0, "perDayCountLimit", 0,
                "perDayAmountLimitFen", 0));
        body.putAll(limits);
        return id(admin.created("/api/card-types", body));
    }

    private WebTestClient.ResponseSpec withKey(String uri, String idempotencyKey, Object body) {
        return web.post().uri(uri).headers(h -> {
            h.setBearerAuth(admin.token());
            h.set("Idempotency-Key", idempotencyKey);
        }).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    public long cashFen(Card card) {
        return ((Number) admin.read("/api/cards/" + card.id()).get("cashFen")).longValue();
    }

    /** The card's consumptions as "KIND amount corrected-amount". */
    public List<String> consumptions(Card card) {
        return db.sql("SELECT kind, amount_fen, corrected_amount_fen FROM consumption WHERE card_id = :card"
                        + " ORDER BY posting_id")
                .bind("card", card.id())
                .map(r -> r.get("kind", String.class) + " " + r.get("amount_fen", Long.class) + " "
                        + r.get("corrected_amount_fen", Long.class))
                .all().collectList().block();
    }

    /** The card's consumptions as "KIND amount note", the note holding what a retry must repeat. */
    public List<String> notes(Card card) {
        return db.sql("SELECT kind, amount_fen, note FROM consumption WHERE card_id = :card ORDER BY posting_id")
                .bind("card", card.id())
                .map(r -> r.get("kind", String.class) + " " + r.get("amount_fen", Long.class) + " " + r.get("note", String.class))
                .all().collectList().block();
    }

    /** The status of each of the card's consumptions' postings (POSTED, or RECORDED when no money moved). */
    public List<String> postingStatuses(Card card) {
        return db.sql("SELECT p.status FROM consumption c JOIN ledger_posting p ON p.id = c.posting_id"
                        + " WHERE c.card_id = :card ORDER BY p.id")
                .bind("card", card.id()).map(r -> r.get("status", String.class)).all().collectList().block();
    }

    /** Uploads a face photo for the person; the face id a face terminal then sends. */
    public String facePhoto(long personId) {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        body.part("file", TestImages.jpeg(100, 120)).filename("face.jpg").contentType(MediaType.IMAGE_JPEG);
        return (String) web.put().uri("/api/people/" + personId + "/photo").headers(h -> h.setBearerAuth(admin.token()))
                .contentType(MediaType.MULTIPART_FORM_DATA).body(BodyInserters.fromMultipartData(body.build()))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody().get("faceId");
    }

    /** Booked postings whose key starts with this prefix (e.g. {@code rev:term:<41>:<11>:}). */
    public long postingsKeyed(String prefix) {
        return db.sql("SELECT COUNT(*) AS n FROM ledger_posting WHERE idem_key LIKE :key AND status = 'POSTED'")
                .bind("key", prefix + "%").map(r -> ((Number) r.get("n")).longValue()).one().block();
    }

    /** One all-day meal period (1), the others unused. */
    public static void allDayMeal(MealPeriods meals) {
        List<MealPeriod> periods = new ArrayList<>();
        periods.add(new MealPeriod(1, "全天", LocalTime.MIN, LocalTime.of(23, 59, 59), true));
        for (int id = 2; id <= MealPeriod.COUNT; id++) {
            periods.add(new MealPeriod(id, null, null, null, false));
        }
        meals.replace(new MealSchedule(periods)).block();
    }
}
