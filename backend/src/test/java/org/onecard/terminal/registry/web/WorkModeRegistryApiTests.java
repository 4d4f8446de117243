package org.onecard.terminal.registry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onecard.people.ApiCalls.body;
import static org.onecard.people.ApiCalls.id;
import static org.onecard.people.ApiCalls.problem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onecard.identity.Operators;
import org.onecard.identity.Roles;
import org.onecard.people.ApiCalls;
import org.onecard.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A terminal's work-mode values and switches, and an outlet's products, over /api (problem+json for bad input). */
@MariaDbTest
class WorkModeRegistryApiTests {

    private static final AtomicInteger NEXT = new AtomicInteger(300);
    private static final Map<String, Object> NOON = Map.of("start", "11:00:00", "end", "13:00:00", "amountFen", 1_200);
    private static final Map<String, Object> MORNING = Map.of("start", "06:30:00", "end", "09:00:00", "amountFen", 500);

    @Autowired
    WebTestClient web;
    @Autowired
    Operators operators;
    @Autowired
    DatabaseClient db;

    ApiCalls admin;
    long outlet;

    @BeforeEach
    void setUp() {
        admin = ApiCalls.as(web, operators, Roles.ADMIN);
        outlet = outlet("商店");
    }

    @Test
    void aTerminalKeepsEachModesValuesInOrderAndAnUpdateReplacesThem() {
        Map<String, Object> r = request("KEY_VALUE");
        r.put("keyValues", List.of(Map.of("keyNo", 12, "amountFen", 300), Map.of("keyNo", 2, "amountFen", 800)));
        r.put("segments", List.of(NOON, MORNING));
        r.put("timedTariff", Map.of("pricePerHourFen", 600, "roundingUnitMinutes", 15));
        r.put("modeSwitches", List.of(
                Map.of("start", "17:00:00", "end", "19:00:00", "mode", "TIMED"),
                Map.of("start", "11:00:00", "end", "13:00:00", "mode", "FIXED_BY_SEGMENT"),
                Map.of("start", "06:00:00", "end", "10:00:00", "mode", "FIXED", "fixedAmountFen", 450)));

        Map<String, Object> created = terminal(admin.created("/api/terminals", r));
        long id = id(created);

        assertThat(created.get("keyValues")).isEqualTo(List.of(Map.of("keyNo", 2, "amountFen", 800),
                Map.of("keyNo", 12, "amountFen", 300)));
        assertThat(created.get("segments")).isEqualTo(List.of(MORNING, NOON));
        assertThat(created.get("timedTariff")).isEqualTo(Map.of("pricePerHourFen", 600, "roundingUnitMinutes", 15));
        assertThat(created.get("modeSwitches")).isEqualTo(List.of(
                Map.of("start", "06:00:00", "end", "10:00:00", "mode", "FIXED", "fixedAmountFen", 450),
                Map.of("start", "11:00:00", "end", "13:00:00", "mode", "FIXED_BY_SEGMENT"),
                Map.of("start", "17:00:00", "end", "19:00:00", "mode", "TIMED")));
        assertThat(admin.read("/api/terminals/" + id)).isEqualTo(created);
        assertThat(entries(id)).isEqualTo(7);

        Map<String, Object> plain = body(admin.put("/api/terminals/" + id, update("FREE_AMOUNT")).expectStatus().isOk());
        assertThat(plain).containsEntry("keyValues", List.of()).containsEntry("segments", List.of())
                .containsEntry("modeSwitches", List.of()).doesNotContainKey("timedTariff");
        assertThat(entries(id)).isZero();

        Map<String, Object> segmented = update("FIXED_BY_SEGMENT");
        segmented.put("segments", List.of(NOON));
        admin.put("/api/terminals/" + id, segmented).expectStatus().isOk();
        admin.delete("/api/terminals/" + id).expectStatus().isNoContent();
        assertThat(entries(id)).as("a deleted terminal's values go with it").isZero();
    }

    @Test
    void badModeValuesAreRefusedByFieldAndChangeNothing() {
        long id = id(terminal(admin.created("/api/terminals", with(request("FIXED_BY_SEGMENT"), "segments",
                List.of(NOON)))));
        long before = count();

        refused(with(request("KEY_VALUE"), "keyValues", List.of()), "keyValues");
        refused(with(request("KEY_VALUE"), "keyValues", List.of(Map.of("keyNo", 100, "amountFen", 100))),
                "keyValues[0].keyNo");
        refused(with(request("KEY_VALUE"), "keyValues", List.of(Map.of("keyNo", 1, "amountFen", 100),
                Map.of("keyNo", 1, "amountFen", 200))), "keyValues[1].keyNo");
        refused(with(request("FIXED_BY_SEGMENT"), "segments", List.of(NOON,
                Map.of("start", "12:00:00", "end", "14:00:00", "amountFen", 900))), "segments");
        refused(with(request("FIXED_BY_SEGMENT"), "segments", List.of(Map.of("start", "13:00:00", "end", "11:00:00",
                "amountFen", 900))), "segments[0].end");
        refused(with(request("FIXED_BY_SEGMENT"), "segments", nullElement()), "segments[0]");
        refused(with(request("TIMED"), "timedTariff", Map.of("pricePerHourFen", 600)), "timedTariff.roundingUnitMinutes");
        refused(with(request("FREE_AMOUNT"), "timedTariff", Map.of("pricePerHourFen", 600, "roundingUnitMinutes", 30)),
                "timedTariff");
        refused(with(request("FREE_AMOUNT"), "modeSwitches", List.of(Map.of("start", "11:00:00", "end", "13:00:00",
                "mode", "FIXED"))), "modeSwitches[0].fixedAmountFen");
        refused(with(request("FREE_AMOUNT"), "modeSwitches", List.of(Map.of("start", "11:00:00", "end", "13:00:00",
                "mode", "KEY_VALUE"))), "keyValues");
        refused(with(request("FREE_AMOUNT"), "modeSwitches", List.of(Map.of("start", "25:00:00", "end", "13:00:00",
                "mode", "COUNT_ONLY"))), null);

        problem(admin.put("/api/terminals/" + id, update("FIXED_BY_SEGMENT")), 400, 1001)
                .jsonPath("$.errors[0].field").isEqualTo("segments");
        assertThat(count()).isEqualTo(before);
        assertThat(admin.read("/api/terminals/" + id).get("segments")).isEqualTo(List.of(NOON));
    }

    @Test
    void anOutletsProductsAreListedCreatedChangedAndDeleted() {
        String products = "/api/outlets/" + outlet + "/products";
        Map<String, Object> water = admin.created(products, product(" 6901234567892 ", "矿泉水", 350, null));
        admin.created(products, product("6901234567893", "面包", 199, 85));
        long other = outlet("另一家店");
        admin.created("/api/outlets/" + other + "/products", product("6901234567892", "别家的水", 300, null));

        assertThat(water).containsEntry("barcode", "6901234567892").containsEntry("name", "矿泉水")
                .containsEntry("priceFen", 350).containsEntry("discountPercent", 100).containsEntry("outletId", (int) outlet);
        assertThat(barcodes(admin.read(products))).containsExactly("6901234567892", "6901234567893");
        assertThat(barcodes(admin.read(products + "?q=面"))).containsExactly("6901234567893");
        assertThat(barcodes(admin.read(products + "?q=7892"))).containsExactly("6901234567892");
        assertThat(admin.read(products + "?size=1")).containsEntry("total", 2).containsEntry("size", 1);

        Map<String, Object> changed = body(admin.put(products + "/" + id(water), product("6901234567892", "矿泉水 550ml",
                400, 90)).expectStatus().isOk());
        assertThat(changed).containsEntry("priceFen", 400).containsEntry("discountPercent", 90);
        admin.delete(products + "/" + id(water)).expectStatus().isNoContent();
        problem(admin.get(products + "/" + id(water)), 404, 1002);
        assertThat(barcodes(admin.read(products))).containsExactly("6901234567893");
        assertThat(barcodes(admin.read("/api/outlets/" + other + "/products"))).containsExactly("6901234567892");
    }

    @Test
    void badProductsAreRefusedByFieldOrCodeAndChangeNothing() {
        String products = "/api/outlets/" + outlet + "/products";
        Map<String, Object> bread = admin.created(products, product("6901234567893", "面包", 199, null));
        Map<String, Object> milk = admin.created(products, product("6901234567894", "牛奶", 300, null));

        problem(admin.post(products, product("6901234567893", "另一种面包", 250, null)), 409, 5111);
        problem(admin.put(products + "/" + id(milk), product("6901234567893", "牛奶", 300, null)), 409, 5111);
        problem(admin.post(products, product("69 01", "空格", 100, null)), 400, 1001)
                .jsonPath("$.errors[0].field").isEqualTo("barcode");
        problem(admin.post(products, product("69*01", "星号", 100, null)), 400, 1001)
                .jsonPath("$.errors[0].field").isEqualTo("barcode");
        problem(admin.post(products, product("6902", "零元", 0, null)), 400, 1001)
                .jsonPath("$.errors[0].field").isEqualTo("priceFen");
        problem(admin.post(products, product("6903", "打折", 100, 101)), 400, 1001)
                .jsonPath("$.errors[0].field").isEqualTo("discountPercent");
        problem(admin.post(products, product("6904", "  ", 100, null)), 400, 1001)
                .jsonPath("$.errors[0].field").isEqualTo("name");
        problem(admin.post("/api/outlets/999999/products", product("6905", "无店", 100, null)), 404, 1002);
        problem(admin.delete(products + "/999999"), 404, 1002);

        assertThat(admin.read(products)).containsEntry("total", 2);
        assertThat(admin.read(products + "/" + id(milk))).containsEntry("barcode", "6901234567894");
        assertThat(admin.read(products + "/" + id(bread))).containsEntry("name", "面包");
    }

    @Test
    void anOperatorScopedToAnOutletManagesOnlyItsProductsAndFinanceOnlyReads() {
        long mine = outlet("我的店");
        long theirs = outlet("别人的店");
        Map<String, Object> theirProduct = admin.created("/api/outlets/" + theirs + "/products",
                product("6906", "别人的货", 100, null));
        ApiCalls scoped = ApiCalls.scoped(web, operators, Set.of(), Set.of(mine), Roles.ADMIN);
        ApiCalls finance = ApiCalls.as(web, operators, Roles.FINANCE);

        scoped.created("/api/outlets/" + mine + "/products", product("6907", "我的货", 100, null));
        problem(scoped.get("/api/outlets/" + theirs + "/products"), 403, 2010);
        problem(scoped.post("/api/outlets/" + theirs + "/products", product("6908", "偷偷加", 100, null)), 403, 2010);
        problem(scoped.delete("/api/outlets/" + theirs + "/products/" + id(theirProduct)), 403, 2010);
        problem(scoped.delete("/api/outlets/" + mine + "/products/" + id(theirProduct)), 404, 1002);
        finance.get("/api/outlets/" + theirs + "/products").expectStatus().isOk();
        problem(finance.post("/api/outlets/" + theirs + "/products", product("6909", "财务加", 100, null)), 403, 2010);

        assertThat(barcodes(admin.read("/api/outlets/" + theirs + "/products"))).containsExactly("6906");
    }

    private void refused(Map<String, Object> request, String field) {
        WebTestClient.BodyContentSpec problem = problem(admin.post("/api/terminals", request), 400, 1001);
        if (field != null) {
            problem.jsonPath("$.errors[0].field").isEqualTo(field);
        }
    }

    private static List<Object> nullElement() {
        List<Object> list = new ArrayList<>();
        list.add(null);
        return list;
    }

    private Map<String, Object> request(String mode) {
        Map<String, Object> r = update(mode);
        r.put("machineNo", NEXT.incrementAndGet() % 990 + 1);
        return r;
    }

    private Map<String, Object> update(String mode) {
        Map<String, Object> r = new HashMap<>();
        r.put("serial", "SN-W" + NEXT.incrementAndGet());
        r.put("purpose", "CONSUMPTION");
        r.put("outletId", outlet);
        r.put("mode", mode);
        return r;
    }

    private static Map<String, Object> with(Map<String, Object> r, String key, Object value) {
        r.put(key, value);
        return r;
    }

    private static Map<String, Object> product(String barcode, String name, long priceFen, Integer discountPercent) {
        Map<String, Object> p = new HashMap<>(Map.of("barcode", barcode, "name", name, "priceFen", priceFen));
        if (discountPercent != null) {
            p.put("discountPercent", discountPercent);
        }
        return p;
    }

    private long outlet(String name) {
        long merchant = id(admin.created("/api/merchants", Map.of("name", "商户" + NEXT.incrementAndGet())));
        return id(admin.created("/api/outlets", Map.of("merchantId", merchant, "name", name + NEXT.get(), "kind", "SHOP")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> terminal(Map<String, Object> keyed) {
        return (Map<String, Object>) keyed.get("terminal");
    }

    @SuppressWarnings("unchecked")
    private static List<String> barcodes(Map<String, Object> page) {
        return ((List<Map<String, Object>>) page.get("items")).stream().map(i -> (String) i.get("barcode")).toList();
    }

    private long entries(long terminalId) {
        return db.sql("SELECT COUNT(*) AS n FROM terminal_mode_entry WHERE terminal_id = :id").bind("id", terminalId)
                .map(r -> ((Number) r.get("n")).longValue()).one().block();
    }

    private long count() {
        return db.sql("SELECT COUNT(*) AS n FROM terminal").map(r -> ((Number) r.get("n")).longValue()).one().block();
    }
}
