package org.onecard.terminal.purchase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onecard.people.ApiCalls.id;

import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onecard.common.time.BusinessClock;
import org.onecard.identity.Operators;
import org.onecard.identity.Roles;
import org.onecard.people.ApiCalls;
import org.onecard.people.persistence.PeopleStore;
import org.onecard.rules.MealPeriods;
import org.onecard.terminal.registry.application.TerminalCache;
import org.onecard.terminal.server.TerminalServer;
import org.onecard.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The money message vectors of openapi/terminal-protocol.md §5, replayed byte for byte on a fresh
 * database: terminal 00000001 on outlet 1 with key 00 01 … 1F, card 6201000012345678901 holding
 * 100.00 yuan cash. Each frame is sent in order and its reply frame must be exactly the one
 * documented (posting ids are the database's first, as the class has a database of its own).
 */
@MariaDbTest
@TestPropertySource(properties = "onecard.pay-codes.secret=" + PayCodePurchaseTests.SECRET)
class MessageVectorTests {

    static final String KEY = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

    @Autowired
    TerminalCache terminalCache;
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

    @Test
    void everyDocumentedFrameGetsItsDocumentedReply() throws Exception {
        setUp();
        Map<String, String> actual = new LinkedHashMap<>();
        try (PurchaseTerminal terminal = new PurchaseTerminal(server.port(), HexFormat.of().parseHex(KEY))) {
            for (Map.Entry<String, String[]> vector : MessageVectors.ALL.entrySet()) {
                byte[] reply = terminal.exchangeBytes(HexFormat.of().parseHex(vector.getValue()[0]));
                actual.put(vector.getKey(), HexFormat.of().formatHex(MessageVectors.frame(reply)));
            }
        }
        for (Map.Entry<String, String[]> vector : MessageVectors.ALL.entrySet()) {
            assertThat(actual.get(vector.getKey())).as(vector.getKey()).isEqualTo(vector.getValue()[1]);
        }
    }

    /** Outlet 1, terminal 00000001 (serial SN0001) with the test key, the card with 100.00 yuan. */
    private void setUp() {
        ApiCalls admin = ApiCalls.as(web, operators, Roles.ADMIN);
        TerminalFixture.allDayMeal(meals);
        long merchant = id(admin.created("/api/merchants", Map.of("name", "向量商户")));
        long outlet = id(admin.created("/api/outlets", Map.of("merchantId", merchant, "name", "向量食堂",
                "kind", "CANTEEN")));
        assertThat(outlet).isEqualTo(1);
        Map<String, Object> terminal = admin.created("/api/terminals", Map.of("machineNo", 1, "serial", "SN0001",
                "model", "TX-100", "purpose", "CONSUMPTION", "outletId", outlet, "mode", "FREE_AMOUNT"));
        @SuppressWarnings("unchecked")
        long terminalId = id((Map<String, Object>) terminal.get("terminal"));
        admin.created("/api/terminals/" + terminalId + "/operators", Map.of("operatorNo", "00", "name", "主管",
                "password", "123456"));
        db.sql("UPDATE terminal SET mac_key = :key WHERE machine_no = 1").bind("key", HexFormat.of().parseHex(KEY))
                .fetch().rowsUpdated().block();
        terminalCache.forget();
        long unit = people.insertOrgUnit("V1", "向量部门", null).block();
        long person = people.insertPerson("V0001", "向量持卡人", unit).block();
        Map<String, Object> issue = new LinkedHashMap<>();
        issue.put("personId", person);
        issue.put("serial", "6201000012345678901");
        issue.put("depositFen", 0);
        issue.put("cardCostFen", 0);
        issue.put("firstRechargeFen", 0);
        long card = id(ApiCalls.body(post(admin, "/api/cards", "vector-issue", issue).expectStatus().isCreated()));
        post(admin, "/api/cards/" + card + "/recharge", "vector-top", Map.of("amountFen", 10_000))
                .expectStatus().isCreated();
        // pay code 1 of the card, good until 2099: OC1.1.4070908800.AAECAwQFBgcICQoL.<MAC under the test secret>
        db.sql("INSERT INTO pay_code (id, person_id, card_id, nonce, issued_at, expires_at)"
                        + " VALUES (1, :person, :card, 'AAECAwQFBgcICQoL', :issued, :expires)")
                .bind("person", person).bind("card", card).bind("issued", LocalDateTime.of(2026, 1, 1, 0, 0))
                .bind("expires", LocalDateTime.of(2099, 1, 1, 0, 0)).fetch().rowsUpdated().block();
    }

    private WebTestClient.ResponseSpec post(ApiCalls admin, String uri, String key, Object body) {
        return web.post().uri(uri).headers(h -> {
            h.setBearerAuth(admin.token());
            h.set("Idempotency-Key", key);
        }).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
