package org.onecard.merchant.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onecard.people.ApiCalls.body;
import static org.onecard.people.ApiCalls.id;
import static org.onecard.people.ApiCalls.problem;

import java.util.List;
import java.util.Map;
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

@MariaDbTest
class MerchantApiTests {

    private static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired
    WebTestClient web;
    @Autowired
    Operators operators;
    @Autowired
    DatabaseClient db;

    ApiCalls admin;

    @BeforeEach
    void setUp() {
        admin = ApiCalls.as(web, operators, Roles.ADMIN);
    }

    @Test
    void aMerchantIsCreatedReadChangedAndListed() {
        String name = unique("后勤餐饮中心");
        Map<String, Object> created = admin.created("/api/merchants",
                Map.of("name", " " + name + " ", "contactName", "刘经理", "phone", "010-8888 0000"));
        long id = id(created);
        assertThat(created).containsEntry("name", name).containsEntry("contactName", "刘经理")
                .containsEntry("outletCount", 0);

        Map<String, Object> changed = body(admin.put("/api/merchants/" + id, Map.of("name", name + "二")).expectStatus()
                .isOk());

        assertThat(changed).containsEntry("name", name + "二").doesNotContainKey("contactName");
        assertThat(admin.read("/api/merchants/" + id)).isEqualTo(changed);
        assertThat(admin.read("/api/merchants?name=" + name + "二")).containsEntry("total", 1);
        assertThat(admin.read("/api/merchants?size=999")).containsEntry("size", 200);
        problem(admin.get("/api/merchants?size=0"), 400, 1001);
    }

    @Test
    void merchantNamesAreUniqueAndValidatedAndRefusalsChangeNothing() {
        String name = unique("超市公司");
        long other = id(admin.created("/api/merchants", Map.of("name", unique("别家"))));
        admin.created("/api/merchants", Map.of("name", name));
        long before = count("merchant");

        problem(admin.post("/api/merchants", Map.of("name", name)), 409, 5003);
        problem(admin.put("/api/merchants/" + other, Map.of("name", name)), 409, 5003);
        problem(admin.post("/api/merchants", Map.of("name", "")), 400, 1001);
        problem(admin.post("/api/merchants", Map.of("name", "x".repeat(101))), 400, 1001);
        problem(admin.post("/api/merchants", Map.of("name", "m", "phone", "not a phone")), 400, 1001)
                .jsonPath("$.errors[0].field").isEqualTo("phone");
        problem(admin.post("/api/merchants", Map.of("name", "m", "contactName", "x".repeat(51))), 400, 1001);

        assertThat(count("merchant")).isEqualTo(before);
        assertThat(admin.read("/api/merchants/" + other).get("name")).asString().startsWith("别家");
    }

    @Test
    void aMerchantWithOutletsCannotBeDeletedButAnEmptyOneCan() {
        long merchant = merchant();
        long outlet = outlet(merchant, "第一食堂", "CANTEEN");

        problem(admin.delete("/api/merchants/" + merchant), 409, 4009);

        admin.delete("/api/outlets/" + outlet).expectStatus().isNoContent();
        admin.delete("/api/merchants/" + merchant).expectStatus().isNoContent();
        problem(admin.get("/api/merchants/" + merchant), 404, 1002);
    }

    @Test
    void anOutletGetsItsRevenueAccountWhenCreated() {
        long merchant = merchant();

        Map<String, Object> created = admin.created("/api/outlets",
                Map.of("merchantId", merchant, "name", "第二食堂", "kind", "CANTEEN"));

        long account = ((Number) created.get("revenueAccountId")).longValue();
        assertThat(created).containsEntry("merchantId", (int) merchant).containsEntry("kind", "CANTEEN");
        assertThat(admin.read("/api/ledger/accounts/" + account)).containsEntry("kind", "OUTLET_REVENUE")
                .containsEntry("ownerType", "OUTLET").containsEntry("ownerId", (int) id(created))
                .containsEntry("balance", 0);
        assertThat(admin.read("/api/outlets/" + id(created))).containsEntry("revenueAccountId", (int) account);
        assertThat(admin.read("/api/merchants/" + merchant)).containsEntry("outletCount", 1);
    }

    @Test
    void outletNamesAreUniqueWithinTheirMerchantOnly() {
        long first = merchant();
        long second = merchant();
        outlet(first, "小卖部", "SHOP");
        long outlets = count("outlet");
        long accounts = count("ledger_account");

        problem(admin.post("/api/outlets", Map.of("merchantId", first, "name", "小卖部", "kind", "OTHER")), 409, 5003);

        assertThat(count("outlet")).isEqualTo(outlets);
        assertThat(count("ledger_account")).as("no account is left behind").isEqualTo(accounts);
        outlet(second, "小卖部", "SHOP");
        long renamed = outlet(first, "咖啡厅", "OTHER");
        problem(admin.put("/api/outlets/" + renamed, Map.of("name", "小卖部", "kind", "OTHER")), 409, 5003);
    }

    @Test
    void anOutletIsRenamedAndReKindedButStaysWithItsMerchant() {
        long merchant = merchant();
        long outlet = outlet(merchant, "旧名", "CANTEEN");

        Map<String, Object> changed = body(admin.put("/api/outlets/" + outlet, Map.of("name", "新名", "kind", "SHOP"))
                .expectStatus().isOk());

        assertThat(changed).containsEntry("name", "新名").containsEntry("kind", "SHOP")
                .containsEntry("merchantId", (int) merchant);
        problem(admin.put("/api/outlets/" + outlet, Map.of("name", "新名", "kind", "SHOP", "merchantId", merchant())),
                400, 1001).jsonPath("$.errors[0].field").isEqualTo("merchantId");
    }

    @Test
    void badOutletInputIsRefused() {
        long merchant = merchant();
        long before = count("outlet");
        problem(admin.post("/api/outlets", Map.of("merchantId", merchant, "name", "x", "kind", "BAR")), 400, 1001)
                .jsonPath("$.errors[0].field").isEqualTo("kind");
        problem(admin.post("/api/outlets", Map.of("merchantId", merchant, "name", " ", "kind", "SHOP")), 400, 1001);
        problem(admin.post("/api/outlets", Map.of("merchantId", merchant, "name", "x")), 400, 1001);
        problem(admin.post("/api/outlets", Map.of("name", "x", "kind", "SHOP")), 400, 1001);
        problem(admin.post("/api/outlets", Map.of("merchantId", 999_999, "name", "x", "kind", "SHOP")), 404, 1002);
        assertThat(count("outlet")).isEqualTo(before);
        problem(admin.get("/api/outlets/999999"), 404, 1002);
        problem(admin.put("/api/outlets/999999", Map.of("name", "x", "kind", "SHOP")), 404, 1002);
        problem(admin.delete("/api/outlets/999999"), 404, 1002);
        problem(admin.get("/api/merchants/999999"), 404, 1002);
        problem(admin.delete("/api/merchants/999999"), 404, 1002);
        problem(admin.get("/api/outlets?kind=BAR"), 400, 1001);
    }

    @Test
    void anOutletThroughWhichMoneyHasMovedCannotBeDeleted() {
        long outlet = outlet(merchant(), "营业中", "CANTEEN");
        long account = ((Number) admin.read("/api/outlets/" + outlet).get("revenueAccountId")).longValue();
        web.post().uri("/api/ledger/adjustments").headers(h -> {
                    h.setBearerAuth(admin.token());
                    h.set("Idempotency-Key", "outlet-" + outlet);
                }).contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("accountId", account, "direction", "CREDIT", "amountFen", 100, "note", "test"))
                .exchange().expectStatus().isCreated();

        problem(admin.delete("/api/outlets/" + outlet), 409, 4010);

        admin.get("/api/outlets/" + outlet).expectStatus().isOk();
    }

    @Test
    void outletListsFilterByMerchantNameAndKindAndArePaged() {
        long merchant = merchant();
        outlet(merchant, "一食堂", "CANTEEN");
        outlet(merchant, "二食堂", "CANTEEN");
        outlet(merchant, "便利店", "SHOP");

        assertThat(admin.read("/api/outlets?merchantId=" + merchant)).containsEntry("total", 3);
        assertThat(admin.read("/api/outlets?merchantId=" + merchant + "&kind=CANTEEN")).containsEntry("total", 2);
        assertThat(names(admin.read("/api/outlets?merchantId=" + merchant + "&name=食堂&size=1&page=1")))
                .containsExactly("二食堂");
        assertThat(admin.read("/api/outlets?size=1000")).containsEntry("size", 200);
    }

    @Test
    void anOperatorScopedToOutletsSeesAndChangesOnlyThose() {
        long merchant = merchant();
        long mine = outlet(merchant, "我的食堂", "CANTEEN");
        long sibling = outlet(merchant, "隔壁食堂", "CANTEEN");
        long elsewhere = merchant();
        outlet(elsewhere, "别家食堂", "CANTEEN");
        ApiCalls scoped = ApiCalls.scoped(web, operators, java.util.Set.of(), java.util.Set.of(mine), Roles.ADMIN);

        assertThat(names(scoped.read("/api/outlets?size=200"))).containsExactly("我的食堂");
        assertThat(scoped.read("/api/merchants?size=200")).containsEntry("total", 1);
        scoped.get("/api/merchants/" + merchant).expectStatus().isOk();
        problem(scoped.get("/api/merchants/" + elsewhere), 403, 2010);
        problem(scoped.get("/api/outlets/" + sibling), 403, 2010);

        scoped.put("/api/outlets/" + mine, Map.of("name", "我的食堂", "kind", "OTHER")).expectStatus().isOk();
        problem(scoped.put("/api/outlets/" + sibling, Map.of("name", "抢来的", "kind", "OTHER")), 403, 2010);
        problem(scoped.post("/api/outlets", Map.of("merchantId", merchant, "name", "新开", "kind", "SHOP")), 403, 2010);
        problem(scoped.delete("/api/outlets/" + mine), 403, 2010);
        problem(scoped.post("/api/merchants", Map.of("name", unique("新商户"))), 403, 2010);
        problem(scoped.put("/api/merchants/" + merchant, Map.of("name", unique("改名"))), 403, 2010);
        assertThat(admin.read("/api/outlets/" + sibling)).containsEntry("name", "隔壁食堂");
    }

    @Test
    void readersMayLookButNotChange() {
        long merchant = merchant();
        ApiCalls finance = ApiCalls.as(web, operators, Roles.FINANCE);
        finance.get("/api/merchants").expectStatus().isOk();
        finance.get("/api/outlets").expectStatus().isOk();
        finance.get("/api/merchants/" + merchant).expectStatus().isOk();
        problem(finance.post("/api/merchants", Map.of("name", unique("x"))), 403, 2010);
        problem(finance.post("/api/outlets", Map.of("merchantId", merchant, "name", "x", "kind", "SHOP")), 403, 2010);
        problem(finance.delete("/api/merchants/" + merchant), 403, 2010);
    }

    private long merchant() {
        return id(admin.created("/api/merchants", Map.of("name", unique("商户"))));
    }

    private long outlet(long merchant, String name, String kind) {
        return id(admin.created("/api/outlets", Map.of("merchantId", merchant, "name", name, "kind", kind)));
    }

    private static String unique(String name) {
        return name + NEXT.incrementAndGet();
    }

    @SuppressWarnings("unchecked")
    private static List<String> names(Map<String, Object> page) {
        return ((List<Map<String, Object>>) page.get("items")).stream().map(i -> (String) i.get("name")).toList();
    }

    private long count(String table) {
        return db.sql("SELECT COUNT(*) AS n FROM " + table).map(r -> ((Number) r.get("n")).longValue()).one().block();
    }
}
