package org.onecard.fleet.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onecard.people.ApiCalls.body;
import static org.onecard.people.ApiCalls.id;
import static org.onecard.people.ApiCalls.problem;

import java.util.HashMap;
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
class FleetApiTests {

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
    void aFleetIsCreatedReadChangedSearchedAndAudited() {
        String code = "f" + NEXT.incrementAndGet() + "x";
        Map<String, Object> created = admin.created("/api/fleets", Map.of("code", " " + code + " ", "name", "顺达物流",
                "contactName", "王经理", "phone", "0755-8888 0000", "address", "深圳市南山区"));
        long id = id(created);
        assertThat(created).containsEntry("code", code.toUpperCase()).containsEntry("name", "顺达物流")
                .containsEntry("state", "ACTIVE").containsEntry("vehicleCount", 0);

        Map<String, Object> changed = body(admin.put("/api/fleets/" + id, Map.of("code", code.toUpperCase(),
                "name", "顺达物流二", "state", "DISABLED")).expectStatus().isOk());

        assertThat(changed).containsEntry("name", "顺达物流二").containsEntry("state", "DISABLED")
                .doesNotContainKey("address");
        assertThat(admin.read("/api/fleets/" + id)).isEqualTo(changed);
        assertThat(admin.read("/api/fleets?q=物流二")).containsEntry("total", 1);
        assertThat(admin.read("/api/fleets?q=" + code)).containsEntry("total", 1);
        assertThat(admin.read("/api/fleets?size=999")).containsEntry("size", 200);
        assertThat(audits("fleet:" + code.toUpperCase())).containsExactly("fleet.create", "fleet.update");
    }

    @Test
    void theCodeIsUniqueAndFixedAndBadInputChangesNothing() {
        String code = "C" + NEXT.incrementAndGet();
        long id = id(admin.created("/api/fleets", Map.of("code", code, "name", "一号车队")));
        long before = count();

        problem(admin.post("/api/fleets", Map.of("code", code.toLowerCase(), "name", "另一个")), 409, 8000);
        problem(admin.put("/api/fleets/" + id, Map.of("code", code + "9", "name", "改名")), 409, 8001);
        problem(admin.post("/api/fleets", Map.of("code", "有中文", "name", "x")), 400, 1001)
                .jsonPath("$.errors[0].field").isEqualTo("code");
        problem(admin.post("/api/fleets", Map.of("code", "X".repeat(17), "name", "x")), 400, 1001);
        problem(admin.post("/api/fleets", Map.of("code", "OK1", "name", "")), 400, 1001);
        problem(admin.post("/api/fleets", Map.of("code", "OK1", "name", "n", "phone", "phone?")), 400, 1001)
                .jsonPath("$.errors[0].field").isEqualTo("phone");
        problem(admin.post("/api/fleets", Map.of("code", "OK1", "name", "n", "state", "SLEEPING")), 400, 1001);
        problem(admin.get("/api/fleets/999999999"), 404, 1002);
        problem(admin.put("/api/fleets/999999999", Map.of("code", "OK1", "name", "n")), 404, 1002);

        assertThat(count()).isEqualTo(before);
        assertThat(admin.read("/api/fleets/" + id)).containsEntry("name", "一号车队").containsEntry("code", code);
        assertThat(audits("fleet:" + code)).containsExactly("fleet.create");
    }

    @Test
    void aFleetWithVehiclesCannotBeDeletedButAnEmptyOneCan() {
        long withVehicle = id(admin.created("/api/fleets", Map.of("code", "D" + NEXT.incrementAndGet(), "name", "满")));
        long empty = id(admin.created("/api/fleets", Map.of("code", "E" + NEXT.incrementAndGet(), "name", "空")));
        Map<String, Object> vehicle = new HashMap<>(Map.of("plate", "粤B" + (10_000 + NEXT.incrementAndGet()),
                "fleetId", withVehicle, "cylinderDueOn", "2030-01-01"));
        admin.created("/api/vehicles", vehicle);

        problem(admin.delete("/api/fleets/" + withVehicle), 409, 8004);
        admin.delete("/api/fleets/" + empty).expectStatus().isNoContent();

        assertThat(admin.read("/api/fleets/" + withVehicle)).containsEntry("vehicleCount", 1);
        problem(admin.get("/api/fleets/" + empty), 404, 1002);
    }

    @Test
    void aCashierReadsFleetsButCannotChangeThem() {
        ApiCalls cashier = ApiCalls.as(web, operators, Roles.CASHIER);
        cashier.get("/api/fleets").expectStatus().isOk();
        problem(cashier.post("/api/fleets", Map.of("code", "NOPE", "name", "x")), 403, 2010);
    }

    private long count() {
        return db.sql("SELECT COUNT(*) AS n FROM fleet_company").map(r -> ((Number) r.get("n")).longValue()).one()
                .block();
    }

    private List<String> audits(String target) {
        return db.sql("SELECT action FROM audit_log WHERE target = :t ORDER BY id").bind("t", target)
                .map(r -> r.get("action", String.class)).all().collectList().block();
    }
}
