package org.onecard.fuel;

import static org.onecard.people.ApiCalls.id;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.onecard.common.time.BusinessClock;
import org.onecard.people.ApiCalls;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.purchase.TerminalFixture;
import org.onecard.terminal.purchase.TerminalFixture.Card;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A dispenser on the fixture's outlet (a station), its prices, cards' fuel profiles and the dispenser's messages. */
final class FuelFixture {

    private static final AtomicInteger NEXT = new AtomicInteger(7_000);

    final TerminalFixture fx;
    final ApiCalls admin;
    final WebTestClient web;
    final BusinessClock clock;
    final String code;
    final byte[] key;

    FuelFixture(TerminalFixture fx, WebTestClient web, BusinessClock clock) {
        this.fx = fx;
        this.admin = fx.admin;
        this.web = web;
        this.clock = clock;
        int machineNo = NEXT.incrementAndGet() % 990 + 1;
        Map<String, Object> r = new HashMap<>();
        r.put("machineNo", machineNo);
        r.put("serial", "SN-D" + NEXT.incrementAndGet());
        r.put("model", "CNG-2");
        r.put("purpose", "DISPENSER");
        r.put("outletId", fx.outlet);
        r.put("mode", "FREE_AMOUNT");
        Map<String, Object> created = admin.created("/api/terminals", r);
        code = String.format("%08d", machineNo);
        key = HexFormat.of().parseHex((String) created.get("macKey"));
    }

    /** Prices for levels 0, 1 and 2 at the station, effective an hour ago. */
    void prices(long level0, long level1, long level2) {
        long[] fen = {level0, level1, level2};
        for (int level = 0; level < 3; level++) {
            price(level, fen[level], clock.now().minusSeconds(3_600));
        }
    }

    Map<String, Object> price(int level, long fen, Instant from) {
        return admin.created("/api/fuel/prices", Map.of("outletId", fx.outlet, "priceLevel", level, "unitPriceFen", fen,
                "effectiveFrom", from.toString()));
    }

    /** A card in the mode and level, with its first recharge of cash. */
    Card card(String mode, int level, long cashFen) {
        Card card = fx.card(cashFen);
        admin.put("/api/fuel/cards/" + card.id(), Map.of("mode", mode, "priceLevel", level)).expectStatus().isOk();
        return card;
    }

    WebTestClient.ResponseSpec keyed(String method, String uri, String idempotencyKey, Object body) {
        return web.method(org.springframework.http.HttpMethod.valueOf(method)).uri(uri).headers(h -> {
            h.setBearerAuth(admin.token());
            h.set("Idempotency-Key", idempotencyKey);
        }).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    void limit(Card card, long limit) {
        keyed("PUT", "/api/fuel/cards/" + card.id() + "/credit-limit", "limit-" + card.id() + "-" + limit,
                Map.of("limit", limit)).expectStatus().isOk();
    }

    Map<String, Object> standing(Card card) {
        return admin.read("/api/fuel/cards/" + card.id());
    }

    long number(Map<String, Object> map, String name) {
        return ((Number) map.get(name)).longValue();
    }

    /** A 0200 fuel sale at the dispenser by volume (hundredths). */
    IsoMessage sale(Card card, int nozzle, long volume, String trace) {
        return message(card, "610000", trace).set(48, String.format("NZ%02dVL%09d", nozzle, volume)).build();
    }

    /** A 0200 fuel sale at the dispenser by amount (fen). */
    IsoMessage saleOfAmount(Card card, int nozzle, long amountFen, String trace) {
        return message(card, "610000", trace).set(48, String.format("NZ%02d", nozzle))
                .set(4, String.format("%012d", amountFen)).build();
    }

    IsoMessage lock(Card card, int nozzle, String trace) {
        return message(card, "620000", trace).set(48, String.format("NZ%02d", nozzle)).build();
    }

    IsoMessage.Builder message(Card card, String processing, String trace) {
        ZonedDateTime local = clock.now().atZone(clock.zone());
        return IsoMessage.builder("0200").set(2, card.serial()).set(3, processing).set(11, trace)
                .set(12, DateTimeFormatter.ofPattern("HHmmss").format(local))
                .set(13, DateTimeFormatter.ofPattern("MMdd").format(local)).set(41, code)
                .set(42, String.format("%015d", fx.outlet));
    }

    static long idOf(Map<String, Object> body) {
        return id(body);
    }
}
