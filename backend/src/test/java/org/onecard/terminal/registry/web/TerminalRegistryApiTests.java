package org.onecard.terminal.registry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onecard.people.ApiCalls.body;
import static org.onecard.people.ApiCalls.id;
import static org.onecard.people.ApiCalls.problem;

import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onecard.identity.Operators;
import org.onecard.identity.Roles;
import org.onecard.people.ApiCalls;
import org.onecard.terminal.TerminalAuth;
import org.onecard.terminal.TerminalDirectory;
import org.onecard.terminal.TerminalPurpose;
import org.onecard.terminal.WorkMode;
import org.onecard.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

@MariaDbTest
class TerminalRegistryApiTests {

    private static final AtomicInteger NEXT = new AtomicInteger();

    @Autowired
    WebTestClient web;
    @Autowired
    Operators operators;
    @Autowired
    DatabaseClient db;
    @Autowired
    TerminalDirectory directory;

    ApiCalls admin;
    long outlet;

    @BeforeEach
    void setUp() {
        admin = ApiCalls.as(web, operators, Roles.ADMIN);
        outlet = outlet("一食堂");
    }

    @Test
    void aNewTerminalShowsItsKeyOnceAndTheDirectoryKnowsIt() {
        int machineNo = machineNo();
        Map<String, Object> created = body(admin.post("/api/terminals", request(machineNo, serial(), outlet))
                .expectStatus().isCreated()
                .expectHeader().value("Cache-Control", v -> assertThat(v).contains("no-store")));

        String key = (String) created.get("macKey");
        Map<String, Object> terminal = terminal(created);
        long id = id(terminal);
        assertThat(key).matches("[0-9a-f]{64}");
        assertThat(created).containsEntry("keyVersion", 1);
        assertThat(terminal).containsEntry("machineNo", machineNo).containsEntry("code", TerminalAuth.codeOf(machineNo))
                .containsEntry("enabled", true).containsEntry("keyVersion", 1).containsEntry("outletId", (int) outlet)
                .containsEntry("outletName", "一食堂").containsEntry("sameCardIntervalSeconds", 0)
                .doesNotContainKeys("macKey", "lastTrace", "fixedAmountFen");
        Map<String, Object> read = admin.read("/api/terminals/" + id);
        assertThat(read).doesNotContainKey("macKey").isEqualTo(terminal);
        assertThat(items(admin.read("/api/terminals?outletId=" + outlet))).allSatisfy(
                i -> assertThat(i).doesNotContainKey("macKey"));

        TerminalAuth auth = directory.byCode(TerminalAuth.codeOf(machineNo)).block();
        assertThat(auth.id()).isEqualTo(id);
        assertThat(auth.macKey()).isEqualTo(HexFormat.of().parseHex(key));
        assertThat(auth.enabled()).isTrue();
        assertThat(auth.serial()).isEqualTo(terminal.get("serial"));
        assertThat(auth.outletId()).isEqualTo(outlet);
        assertThat(auth.purpose()).isEqualTo(TerminalPurpose.CONSUMPTION);
        assertThat(auth.mode()).isEqualTo(WorkMode.FREE_AMOUNT);
    }

    @Test
    void machineNumbersAndSerialsAreUniqueAndRefusalsChangeNothing() {
        int machineNo = machineNo();
        String serial = serial();
        admin.created("/api/terminals", request(machineNo, serial, outlet));
        long other = id(terminal(admin.created("/api/terminals", request(machineNo(), serial(), outlet))));
        long before = count();

        problem(admin.post("/api/terminals", request(machineNo, serial(), outlet)), 409, 5070);
        problem(admin.post("/api/terminals", request(machineNo(), serial, outlet)), 409, 5071);
        problem(admin.post("/api/terminals", request(machineNo(), " " + serial + " ", outlet)), 409, 5071);
        problem(admin.put("/api/terminals/" + other, update(serial, outlet)), 409, 5071);

        assertThat(count()).isEqualTo(before);
        assertThat(admin.read("/api/terminals/" + other).get("serial")).isNotEqualTo(serial);
    }

    @Test
    void badInputIsRefusedByFieldAndChangesNothing() {
        long before = count();

        problem(admin.post("/api/terminals", request(0, serial(), outlet)), 400, 1001)
                .jsonPath("$.errors[0].field").isEqualTo("machineNo");
        problem(admin.post("/api/terminals", request(1000, serial(), outlet)), 400, 1001)
                .jsonPath("$.errors[0].field").isEqualTo("machineNo");
        problem(admin.post("/api/terminals", without(request(machineNo(), serial(), outlet), "machineNo")), 400, 1001)
                .jsonPath("$.errors[0].field").isEqualTo("machineNo");
        problem(admin.post("/api/terminals", request(machineNo(), "SN 1", outlet)), 400, 1001)
                .jsonPath("$.errors[0].field").isEqualTo("serial");
        problem(admin.post("/api/terminals", with(request(machineNo(), serial(), outlet), "purpose", "TOASTER")),
                400, 1001).jsonPath("$.errors[0].field").isEqualTo("purpose");
        problem(admin.post("/api/terminals", with(request(machineNo(), serial(), outlet), "mode", "FIXED")), 400, 1001)
                .jsonPath("$.errors[0].field").isEqualTo("fixedAmountFen");
        problem(admin.post("/api/terminals", with(request(machineNo(), serial(), outlet), "fixedAmountFen", 500)),
                400, 1001).jsonPath("$.errors[0].field").isEqualTo("fixedAmountFen");
        problem(admin.post("/api/terminals", with(request(machineNo(), serial(), outlet), "sameCardIntervalSeconds", -1)),
                400, 1001).jsonPath("$.errors[0].field").isEqualTo("sameCardIntervalSeconds");
        problem(admin.post("/api/terminals", request(machineNo(), serial(), 999_999)), 404, 1002);
        problem(admin.post("/api/terminals", with(request(machineNo(), serial(), outlet), "macKey", "00".repeat(32))),
                400, 1001).jsonPath("$.errors[0].field").isEqualTo("macKey");

        assertThat(count()).isEqualTo(before);
        problem(admin.get("/api/terminals/999999"), 404, 1002);
        problem(admin.put("/api/terminals/999999", update(serial(), outlet)), 404, 1002);
        problem(admin.postEmpty("/api/terminals/999999/disable"), 404, 1002);
        problem(admin.postEmpty("/api/terminals/999999/key"), 404, 1002);
        problem(admin.delete("/api/terminals/999999"), 404, 1002);
        problem(admin.get("/api/terminals?purpose=TOASTER"), 400, 1001);
        problem(admin.get("/api/terminals?page=-1"), 400, 1001);
    }

    @Test
    void anUpdateChangesTheDetailsButNeitherMachineNumberNorKey() {
        int machineNo = machineNo();
        Map<String, Object> created = admin.created("/api/terminals", request(machineNo, serial(), outlet));
        long id = id(terminal(created));
        long canteen = outlet("二食堂");
        String serial = serial();
        Map<String, Object> change = update(serial, canteen);
        change.put("model", "XF-9");
        change.put("purpose", "CONSUMPTION");
        change.put("mode", "FIXED");
        change.put("fixedAmountFen", 800);
        change.put("sameCardIntervalSeconds", 30);

        Map<String, Object> changed = body(admin.put("/api/terminals/" + id, change).expectStatus().isOk());

        assertThat(changed).containsEntry("serial", serial).containsEntry("model", "XF-9")
                .containsEntry("outletId", (int) canteen).containsEntry("outletName", "二食堂")
                .containsEntry("mode", "FIXED").containsEntry("fixedAmountFen", 800)
                .containsEntry("sameCardIntervalSeconds", 30).containsEntry("machineNo", machineNo)
                .containsEntry("keyVersion", 1).doesNotContainKey("macKey");
        TerminalAuth auth = directory.byCode(TerminalAuth.codeOf(machineNo)).block();
        assertThat(auth.serial()).isEqualTo(serial);
        assertThat(auth.outletId()).isEqualTo(canteen);
        assertThat(auth.mode()).isEqualTo(WorkMode.FIXED);
        assertThat(auth.macKey()).isEqualTo(HexFormat.of().parseHex((String) created.get("macKey")));
        problem(admin.put("/api/terminals/" + id, with(update(serial, canteen), "machineNo", machineNo())), 400, 1001)
                .jsonPath("$.errors[0].field").isEqualTo("machineNo");
        problem(admin.put("/api/terminals/" + id, update(serial, 999_999)), 404, 1002);
        assertThat(admin.read("/api/terminals/" + id)).isEqualTo(changed);
    }

    @Test
    void aDisabledTerminalStaysInTheDirectoryMarkedDisabled() {
        int machineNo = machineNo();
        long id = id(terminal(admin.created("/api/terminals", request(machineNo, serial(), outlet))));

        Map<String, Object> disabled = body(admin.postEmpty("/api/terminals/" + id + "/disable").expectStatus().isOk());

        assertThat(disabled).containsEntry("enabled", false);
        assertThat(directory.byCode(TerminalAuth.codeOf(machineNo)).block().enabled()).isFalse();
        assertThat(ids(admin.read("/api/terminals?enabled=false&size=200"))).contains(id);
        assertThat(ids(admin.read("/api/terminals?enabled=true&size=200"))).doesNotContain(id);

        assertThat(body(admin.postEmpty("/api/terminals/" + id + "/enable").expectStatus().isOk()))
                .containsEntry("enabled", true);
        assertThat(directory.byCode(TerminalAuth.codeOf(machineNo)).block().enabled()).isTrue();
    }

    @Test
    void aRotatedKeyReplacesTheOldOneInTheDirectory() {
        int machineNo = machineNo();
        Map<String, Object> created = admin.created("/api/terminals", request(machineNo, serial(), outlet));
        long id = id(terminal(created));
        String first = (String) created.get("macKey");

        Map<String, Object> rotated = body(admin.postEmpty("/api/terminals/" + id + "/key").expectStatus().isOk()
                .expectHeader().value("Cache-Control", v -> assertThat(v).contains("no-store")));

        String second = (String) rotated.get("macKey");
        assertThat(second).matches("[0-9a-f]{64}").isNotEqualTo(first);
        assertThat(rotated).containsEntry("keyVersion", 2);
        assertThat(terminal(rotated)).containsEntry("keyVersion", 2).containsEntry("id", (int) id);
        assertThat(directory.byCode(TerminalAuth.codeOf(machineNo)).block().macKey())
                .isEqualTo(HexFormat.of().parseHex(second));
        assertThat(admin.read("/api/terminals/" + id)).containsEntry("keyVersion", 2).doesNotContainKey("macKey");
    }

    @Test
    void onlyATerminalThatNeverTransactedIsDeleted() {
        int unused = machineNo();
        long fresh = id(terminal(admin.created("/api/terminals", request(unused, serial(), outlet))));
        int busy = machineNo();
        long used = id(terminal(admin.created("/api/terminals", request(busy, serial(), outlet))));
        db.sql("UPDATE terminal SET last_trace = 17 WHERE id = :id").bind("id", used).fetch().rowsUpdated().block();

        admin.delete("/api/terminals/" + fresh).expectStatus().isNoContent();
        problem(admin.delete("/api/terminals/" + used), 409, 5072);

        problem(admin.get("/api/terminals/" + fresh), 404, 1002);
        assertThat(directory.byCode(TerminalAuth.codeOf(unused)).blockOptional()).isEmpty();
        assertThat(admin.read("/api/terminals/" + used)).containsEntry("lastTrace", 17);
        assertThat(directory.byCode(TerminalAuth.codeOf(busy)).blockOptional()).isPresent();
        admin.created("/api/terminals", request(unused, serial(), outlet));
        problem(admin.delete("/api/outlets/" + outlet), 409, 4010);
    }

    @Test
    void anOperatorScopedToAnOutletSeesAndChangesOnlyItsTerminals() {
        long mine = outlet("我的食堂");
        long theirs = outlet("别人的食堂");
        long theirTerminal = id(terminal(admin.created("/api/terminals", request(machineNo(), serial(), theirs))));
        ApiCalls scoped = ApiCalls.scoped(web, operators, Set.of(), Set.of(mine), Roles.ADMIN);
        long before = count();

        problem(scoped.post("/api/terminals", request(machineNo(), serial(), theirs)), 403, 2010);
        assertThat(count()).isEqualTo(before);
        long myTerminal = id(terminal(scoped.created("/api/terminals", request(machineNo(), serial(), mine))));

        assertThat(ids(scoped.read("/api/terminals?size=200"))).containsExactly(myTerminal);
        assertThat(ids(scoped.read("/api/terminals?outletId=" + theirs))).isEmpty();
        problem(scoped.get("/api/terminals/" + theirTerminal), 403, 2010);
        problem(scoped.put("/api/terminals/" + theirTerminal, update(serial(), mine)), 403, 2010);
        problem(scoped.postEmpty("/api/terminals/" + theirTerminal + "/disable"), 403, 2010);
        problem(scoped.postEmpty("/api/terminals/" + theirTerminal + "/key"), 403, 2010);
        problem(scoped.delete("/api/terminals/" + theirTerminal), 403, 2010);
        problem(scoped.put("/api/terminals/" + myTerminal, update(serial(), theirs)), 403, 2010);
        assertThat(admin.read("/api/terminals/" + theirTerminal)).containsEntry("enabled", true)
                .containsEntry("keyVersion", 1);
        assertThat(admin.read("/api/terminals/" + myTerminal)).containsEntry("outletId", (int) mine);
    }

    @Test
    void financeReadsCashiersNeitherReadNorManage() {
        long id = id(terminal(admin.created("/api/terminals", request(machineNo(), serial(), outlet))));
        ApiCalls finance = ApiCalls.as(web, operators, Roles.FINANCE);
        ApiCalls cashier = ApiCalls.as(web, operators, Roles.CASHIER);
        long before = count();

        finance.get("/api/terminals").expectStatus().isOk();
        finance.get("/api/terminals/" + id).expectStatus().isOk();
        problem(finance.post("/api/terminals", request(machineNo(), serial(), outlet)), 403, 2010);
        problem(finance.postEmpty("/api/terminals/" + id + "/key"), 403, 2010);
        problem(cashier.get("/api/terminals"), 403, 2010);
        problem(cashier.post("/api/terminals", request(machineNo(), serial(), outlet)), 403, 2010);
        problem(cashier.put("/api/terminals/" + id, update(serial(), outlet)), 403, 2010);
        problem(cashier.postEmpty("/api/terminals/" + id + "/disable"), 403, 2010);
        problem(cashier.postEmpty("/api/terminals/" + id + "/key"), 403, 2010);
        problem(cashier.delete("/api/terminals/" + id), 403, 2010);

        assertThat(count()).isEqualTo(before);
        assertThat(admin.read("/api/terminals/" + id)).containsEntry("enabled", true).containsEntry("keyVersion", 1);
    }

    @Test
    void listsFilterByOutletPurposeAndEnabledAndArePagedByMachineNumber() {
        long shop = outlet("超市");
        int a = machineNo();
        int b = machineNo();
        int c = machineNo();
        admin.created("/api/terminals", request(c, serial(), shop));
        admin.created("/api/terminals", request(a, serial(), shop));
        admin.created("/api/terminals", with(request(b, serial(), shop), "purpose", "CASHIER"));

        assertThat(admin.read("/api/terminals?outletId=" + shop)).containsEntry("total", 3);
        assertThat(machineNos(admin.read("/api/terminals?outletId=" + shop))).containsExactly(a, b, c);
        assertThat(machineNos(admin.read("/api/terminals?outletId=" + shop + "&purpose=CASHIER")))
                .containsExactly(b);
        assertThat(machineNos(admin.read("/api/terminals?outletId=" + shop + "&purpose=CONSUMPTION&size=1&page=1")))
                .containsExactly(c);
        assertThat(admin.read("/api/terminals?size=1000")).containsEntry("size", 200);
    }

    @Test
    void theDirectoryAnswersNothingForUnknownOrMalformedCodes() {
        assertThat(directory.byCode("00000998").blockOptional()).isEmpty();
        assertThat(directory.byCode("12").blockOptional()).isEmpty();
        assertThat(directory.byCode(null).blockOptional()).isEmpty();
    }

    private Map<String, Object> request(int machineNo, String serial, long outletId) {
        Map<String, Object> r = update(serial, outletId);
        r.put("machineNo", machineNo);
        return r;
    }

    private static Map<String, Object> update(String serial, long outletId) {
        Map<String, Object> r = new HashMap<>();
        r.put("serial", serial);
        r.put("model", "TX-100");
        r.put("purpose", "CONSUMPTION");
        r.put("outletId", outletId);
        r.put("mode", "FREE_AMOUNT");
        return r;
    }

    private static Map<String, Object> with(Map<String, Object> r, String key, Object value) {
        r.put(key, value);
        return r;
    }

    private static Map<String, Object> without(Map<String, Object> r, String key) {
        r.remove(key);
        return r;
    }

    private long outlet(String name) {
        long merchant = id(admin.created("/api/merchants", Map.of("name", "商户" + NEXT.incrementAndGet())));
        return id(admin.created("/api/outlets", Map.of("merchantId", merchant, "name", name, "kind", "CANTEEN")));
    }

    /** Machine numbers in creation order, so a later one sorts after an earlier one. */
    private static int machineNo() {
        return NEXT.incrementAndGet() % 990 + 1;
    }

    private static String serial() {
        return "SN-" + NEXT.incrementAndGet();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> terminal(Map<String, Object> keyed) {
        return (Map<String, Object>) keyed.get("terminal");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("items");
    }

    private static List<Long> ids(Map<String, Object> page) {
        return items(page).stream().map(ApiCalls::id).toList();
    }

    private static List<Integer> machineNos(Map<String, Object> page) {
        return items(page).stream().map(i -> (Integer) i.get("machineNo")).toList();
    }

    private long count() {
        return db.sql("SELECT COUNT(*) AS n FROM terminal").map(r -> ((Number) r.get("n")).longValue()).one().block();
    }
}
