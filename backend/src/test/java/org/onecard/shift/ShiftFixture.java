package org.onecard.shift;

import static org.onecard.people.ApiCalls.body;
import static org.onecard.people.ApiCalls.id;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.onecard.terminal.purchase.TerminalFixture;
import org.onecard.terminal.purchase.TerminalFixture.Card;
import org.onecard.terminal.purchase.TerminalFixture.Registered;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;

/** A dispenser with nozzles at the terminal fixture's outlet, a shift team and its shift cards. */
final class ShiftFixture {

    private static final AtomicInteger NEXT = new AtomicInteger();

    final TerminalFixture fx;
    private final WebTestClient web;
    private final DatabaseClient db;

    ShiftFixture(TerminalFixture fx, WebTestClient web, DatabaseClient db) {
        this.fx = fx;
        this.web = web;
        this.db = db;
    }

    /** A dispenser of the outlet with nozzles 1..nozzles, each dispensing CNG. */
    Registered dispenser(int nozzles) {
        int machineNo = db.sql("SELECT COALESCE(MAX(machine_no), 0) + 1 AS n FROM terminal")
                .map(r -> ((Number) r.get("n")).intValue()).one().block();
        Map<String, Object> r = new HashMap<>();
        r.put("machineNo", machineNo);
        r.put("serial", "SN-D" + machineNo + "-" + NEXT.incrementAndGet());
        r.put("purpose", "DISPENSER");
        r.put("outletId", fx.outlet);
        r.put("mode", "FREE_AMOUNT");
        Map<String, Object> created = fx.admin.created("/api/terminals", r);
        @SuppressWarnings("unchecked")
        long id = id((Map<String, Object>) created.get("terminal"));
        for (int no = 1; no <= nozzles; no++) {
            fx.admin.created(nozzles(id), Map.of("nozzleNo", no, "productName", "CNG"));
        }
        return new Registered(id, String.format("%08d", machineNo),
                HexFormat.of().parseHex((String) created.get("macKey")));
    }

    long team() {
        return id(fx.admin.created("/api/shift-teams", Map.of("code", "T" + NEXT.incrementAndGet() + "X" + fx.outlet,
                "name", "甲班", "outletId", fx.outlet)));
    }

    /** A card made a SHIFT card and, unless teamId is null, a member of that team. */
    Card shiftCard(Long teamId) {
        Card card = fx.card(1);
        fx.admin.put("/api/cards/" + card.id() + "/kind", Map.of("kind", "SHIFT")).expectStatus().isOk();
        if (teamId != null) {
            fx.admin.post("/api/shift-teams/" + teamId + "/members", Map.of("serial", card.serial()))
                    .expectStatus().isOk();
        }
        return card;
    }

    static String nozzles(long terminalId) {
        return "/api/terminals/" + terminalId + "/nozzles";
    }

    /** readings: nozzleNo, volume, amountFen, nozzleNo, ... */
    ResponseSpec handOver(long terminalId, String key, Card out, Card in, long... readings) {
        Map<String, Object> request = new HashMap<>();
        if (out != null) {
            request.put("outgoingSerial", out.serial());
        }
        if (in != null) {
            request.put("incomingSerial", in.serial());
        }
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = 0; i < readings.length; i += 3) {
            list.add(Map.of("nozzleNo", readings[i], "volume", readings[i + 1], "amountFen", readings[i + 2]));
        }
        request.put("readings", list);
        return web.post().uri("/api/terminals/" + terminalId + "/shift-handovers").headers(h -> {
            h.setBearerAuth(fx.admin.token());
            if (key != null) {
                h.set("Idempotency-Key", key);
            }
        }).bodyValue(request).exchange();
    }

    Map<String, Object> handedOver(long terminalId, String key, Card out, Card in, long... readings) {
        return body(handOver(terminalId, key, out, in, readings).expectStatus().isCreated());
    }
}
