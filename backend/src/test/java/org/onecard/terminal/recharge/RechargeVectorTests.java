package org.onecard.terminal.recharge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onecard.people.ApiCalls.id;

import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onecard.identity.Operators;
import org.onecard.identity.Roles;
import org.onecard.people.ApiCalls;
import org.onecard.people.persistence.PeopleStore;
import org.onecard.terminal.iso8583.Frame;
import org.onecard.terminal.iso8583.Frames;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.iso8583.PinBlock;
import org.onecard.terminal.purchase.PurchaseTerminal;
import org.onecard.terminal.registry.application.TerminalCache;
import org.onecard.terminal.server.TerminalServer;
import org.onecard.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The recharge vector of openapi/terminal-protocol.md §5 ("0200 recharge 50.00 at a recharge POS"),
 * replayed byte for byte on a fresh database: recharge POS 00000001 on outlet 1 with key 00 01 … 1F,
 * its operator signed on with authorisation card 6209000000000001 (PIN 246810), card
 * 6201000012345678901 holding 100.00 yuan after posting 1.
 */
@MariaDbTest
class RechargeVectorTests {

    static final String KEY = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
    static final String REQUEST = "004502007038000000c0000119620100001234567890102100000000000050000002011230450315303030303030303130303030303030303030303030303199a91ef4dc738f49";
    static final String REPLY = "00780210303800000ec004012100000000000050000002011230450315303030303030303030303032303030303032303030303030303030313030303030303030303030303030310040313030323135364330303030303030313530303032303032313536433030303030303030303030307dcae0643d1587ad";

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

    @Test
    void theDocumentedRechargeFrameGetsItsDocumentedReply() throws Exception {
        setUp();
        try (PurchaseTerminal pos = new PurchaseTerminal(server.port(), HexFormat.of().parseHex(KEY))) {
            IsoMessage signOn = pos.exchange(IsoMessage.builder("0800").set(2, "6209000000000001").set(11, "000200")
                    .set(41, "00000001").set(52, PinBlock.of("246810")).set(70, "103").build());
            assertThat(signOn.text(39)).isEqualTo("00");
            byte[] request = pos.frame(IsoMessage.builder("0200").set(2, "6201000012345678901").set(3, "210000")
                    .set(4, "000000005000").set(11, "000201").set(12, "123045").set(13, "0315").set(41, "00000001")
                    .set(42, "000000000000001").build());
            byte[] reply = Frames.of(false).write(new Frame(Optional.empty(), pos.exchangeBytes(request)));
            assertThat(HexFormat.of().formatHex(request)).isEqualTo(REQUEST);
            assertThat(HexFormat.of().formatHex(reply)).isEqualTo(REPLY);
        }
    }

    private void setUp() {
        ApiCalls admin = ApiCalls.as(web, operators, Roles.ADMIN);
        long merchant = id(admin.created("/api/merchants", Map.of("name", "向量商户")));
        long outlet = id(admin.created("/api/outlets", Map.of("merchantId", merchant, "name", "向量充值点",
                "kind", "OTHER")));
        assertThat(outlet).isEqualTo(1);
        admin.created("/api/terminals", Map.of("machineNo", 1, "serial", "SN0001", "model", "CZ-1",
                "purpose", "RECHARGE_POS", "outletId", outlet, "mode", "FREE_AMOUNT"));
        db.sql("UPDATE terminal SET mac_key = :key WHERE machine_no = 1").bind("key", HexFormat.of().parseHex(KEY))
                .fetch().rowsUpdated().block();
        terminalCache.forget();
        long unit = people.insertOrgUnit("V1", "向量部门", null).block();
        long holder = people.insertPerson("V0001", "向量持卡人", unit).block();
        long cashier = people.insertPerson("V0002", "向量收款员", unit).block();
        long card = issue(admin, holder, "6201000012345678901");
        post(admin, "/api/cards/" + card + "/recharge", "vector-top", Map.of("amountFen", 10_000))
                .expectStatus().isCreated();
        long authCard = issue(admin, cashier, "6209000000000001");
        admin.put("/api/cards/" + authCard + "/kind", Map.of("kind", "OPERATOR")).expectStatus().isOk();
        admin.put("/api/cards/" + authCard + "/pin", Map.of("pin", "246810")).expectStatus().isNoContent();
        long operator = operators.create("vector-cashier", "向量收款员", "Recharge-Op-2026!", Set.of(Roles.CASHIER), null)
                .block();
        admin.put("/api/recharge-operators/" + operator, Map.of("cardId", authCard)).expectStatus().isOk();
    }

    private long issue(ApiCalls admin, long person, String serial) {
        Map<String, Object> issue = new LinkedHashMap<>();
        issue.put("personId", person);
        issue.put("serial", serial);
        issue.put("depositFen", 0);
        issue.put("cardCostFen", 0);
        issue.put("firstRechargeFen", 0);
        return id(ApiCalls.body(post(admin, "/api/cards", "vector-issue-" + serial, issue).expectStatus().isCreated()));
    }

    private WebTestClient.ResponseSpec post(ApiCalls admin, String uri, String key, Object body) {
        return web.post().uri(uri).headers(h -> {
            h.setBearerAuth(admin.token());
            h.set("Idempotency-Key", key);
        }).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}
