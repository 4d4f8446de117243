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
class VehicleApiTests {

    private static final AtomicInteger NEXT = new AtomicInteger(10_000);

    @Autowired
    WebTestClient web;
    @Autowired
    Operators operators;
    @Autowired
    DatabaseClient db;

    ApiCalls admin;
    long fleet;

    @BeforeEach
    void setUp() {
        admin = ApiCalls.as(web, operators, Roles.ADMIN);
        fleet = id(admin.created("/api/fleets", Map.of("code", "V" + NEXT.incrementAndGet(), "name", "出租车队")));
    }

    @Test
    void aVehicleIsRegisteredWithItsPlateNormalisedAndIsChangedAndSearched() {
        String digits = Integer.toString(NEXT.incrementAndGet());
        Map<String, Object> created = admin.created("/api/vehicles", vehicle("粤b·d" + digits, Map.of(
                "driverName", "李师傅", "driverIdNo", "11010519491231002x", "phone", "13800138000",
                "ownerName", "李四", "vehicleType", "出租车", "fleetId", fleet)));
        long id = id(created);
        assertThat(created).containsEntry("plate", "粤BD" + digits).containsEntry("driverIdNo", "11010519491231002X")
                .containsEntry("fleetId", (int) fleet).containsEntry("cylinderDueOn", "2030-06-30")
                .containsEntry("cylinderOverdue", false).containsEntry("cardCount", 0);
        assertThat((String) created.get("fleetName")).isEqualTo("出租车队");

        Map<String, Object> changed = body(admin.put("/api/vehicles/" + id, vehicle("粤BD" + digits,
                Map.of("driverName", "王师傅"))).expectStatus().isOk());
        Map<String, Object> withoutDate = new HashMap<>(Map.of("plate", "粤BD" + digits, "driverName", "赵师傅"));
        admin.put("/api/vehicles/" + id, withoutDate).expectStatus().isOk();

        assertThat(changed).containsEntry("driverName", "王师傅").doesNotContainKey("fleetId");
        assertThat(admin.read("/api/vehicles/" + id)).containsEntry("driverName", "赵师傅")
                .containsEntry("cylinderDueOn", "2030-06-30");
        assertThat(admin.read("/api/vehicles?q=D" + digits)).containsEntry("total", 1);
        assertThat(admin.read("/api/vehicles?q=赵师傅")).containsEntry("total", 1);
        assertThat(audits("粤BD" + digits)).containsExactly("vehicle.create", "vehicle.update", "vehicle.update");
    }

    @Test
    void badPlatesIdNumbersFleetsAndDuplicatesAreRefusedAndChangeNothing() {
        String plate = "京A" + NEXT.incrementAndGet();
        admin.created("/api/vehicles", vehicle(plate, Map.of()));
        long disabled = id(admin.created("/api/fleets", Map.of("code", "X" + NEXT.incrementAndGet(), "name", "停",
                "state", "DISABLED")));
        long before = count();

        problem(admin.post("/api/vehicles", vehicle(" 京a " + plate.substring(2), Map.of())), 409, 8006);
        problem(admin.post("/api/vehicles", vehicle("京A1234", Map.of())), 400, 8005);
        problem(admin.post("/api/vehicles", vehicle("ABC12345", Map.of())), 400, 8005);
        problem(admin.post("/api/vehicles", vehicle("", Map.of())), 400, 1001);
        problem(admin.post("/api/vehicles", vehicle("京B" + NEXT.incrementAndGet(),
                Map.of("driverIdNo", "440301199001011235"))), 400, 8007);
        problem(admin.post("/api/vehicles", vehicle("京B" + NEXT.incrementAndGet(),
                Map.of("driverIdNo", "12345"))), 400, 8007);
        problem(admin.post("/api/vehicles", vehicle("京B" + NEXT.incrementAndGet(), Map.of("fleetId", 999_999_999))),
                422, 8002);
        problem(admin.post("/api/vehicles", vehicle("京B" + NEXT.incrementAndGet(), Map.of("fleetId", disabled))),
                422, 8003);
        Map<String, Object> noDate = new HashMap<>(Map.of("plate", "京B" + NEXT.incrementAndGet()));
        problem(admin.post("/api/vehicles", noDate), 400, 1001).jsonPath("$.errors[0].field").isEqualTo("cylinderDueOn");
        noDate.put("cylinderDueOn", "1999-12-31");
        problem(admin.post("/api/vehicles", noDate), 400, 1001);
        noDate.put("cylinderDueOn", "not a date");
        problem(admin.post("/api/vehicles", noDate), 400, 1001);
        problem(admin.post("/api/vehicles", vehicle("京B" + NEXT.incrementAndGet(), Map.of("phone", "call me"))),
                400, 1001);

        assertThat(count()).isEqualTo(before);
    }

    @Test
    void anUpdateMayNotChangeTheCylinderDateTakeAPlateOrJoinADisabledFleet() {
        String plate = "沪C" + NEXT.incrementAndGet();
        String other = "沪C" + NEXT.incrementAndGet();
        long id = id(admin.created("/api/vehicles", vehicle(plate, Map.of("fleetId", fleet))));
        admin.created("/api/vehicles", vehicle(other, Map.of()));
        long disabled = id(admin.created("/api/fleets", Map.of("code", "Y" + NEXT.incrementAndGet(), "name", "停",
                "state", "DISABLED")));

        Map<String, Object> moved = vehicle(plate, Map.of("fleetId", fleet));
        moved.put("cylinderDueOn", "2031-01-01");
        problem(admin.put("/api/vehicles/" + id, moved), 409, 8008);
        problem(admin.put("/api/vehicles/" + id, vehicle(other, Map.of())), 409, 8006);
        problem(admin.put("/api/vehicles/" + id, vehicle(plate, Map.of("fleetId", disabled))), 422, 8003);
        problem(admin.put("/api/vehicles/999999999", vehicle(plate, Map.of())), 404, 1002);

        assertThat(admin.read("/api/vehicles/" + id)).containsEntry("plate", plate)
                .containsEntry("cylinderDueOn", "2030-06-30").containsEntry("fleetId", (int) fleet);
        // its own fleet, disabled since, does not stop other changes
        admin.put("/api/fleets/" + fleet, Map.of("code", admin.read("/api/fleets/" + fleet).get("code"),
                "name", "出租车队", "state", "DISABLED")).expectStatus().isOk();
        admin.put("/api/vehicles/" + id, vehicle(plate, Map.of("fleetId", fleet, "driverName", "新"))).expectStatus()
                .isOk();
    }

    @Test
    void theCylinderDateChangesOnlyByItsOwnActWithANoteKeptInTheHistoryAndTheAudit() {
        String plate = "川A" + NEXT.incrementAndGet();
        long id = id(admin.created("/api/vehicles", vehicle(plate, Map.of())));

        Map<String, Object> after = body(admin.post("/api/vehicles/" + id + "/cylinder-inspection",
                Map.of("dueOn", "2032-03-31", "note", "年检合格 ")).expectStatus().isOk());

        assertThat(after).containsEntry("cylinderDueOn", "2032-03-31");
        List<Map<String, Object>> history = admin.get("/api/vehicles/" + id + "/cylinder-inspection").expectStatus()
                .isOk().expectBodyList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
                }).returnResult().getResponseBody();
        assertThat(history).singleElement().satisfies(h -> assertThat(h).containsEntry("oldDueOn", "2030-06-30")
                .containsEntry("newDueOn", "2032-03-31").containsEntry("note", "年检合格"));
        assertThat(audits(plate)).containsExactly("vehicle.create", "vehicle.cylinder-inspection");

        problem(admin.post("/api/vehicles/" + id + "/cylinder-inspection", Map.of("dueOn", "2032-03-31",
                "note", "同一天")), 400, 1001);
        problem(admin.post("/api/vehicles/" + id + "/cylinder-inspection", Map.of("dueOn", "2033-03-31",
                "note", " ")), 400, 1001);
        problem(admin.post("/api/vehicles/" + id + "/cylinder-inspection", Map.of("dueOn", "2133-03-31",
                "note", "typo")), 400, 1001);
        problem(admin.post("/api/vehicles/" + id + "/cylinder-inspection", Map.of("note", "no date")), 400, 1001);
        problem(admin.post("/api/vehicles/999999999/cylinder-inspection", Map.of("dueOn", "2033-03-31",
                "note", "x")), 404, 1002);
        assertThat(admin.read("/api/vehicles/" + id)).containsEntry("cylinderDueOn", "2032-03-31");
        assertThat(audits(plate)).hasSize(2);
    }

    static Map<String, Object> vehicle(String plate, Map<String, Object> more) {
        Map<String, Object> body = new HashMap<>(more);
        body.put("plate", plate);
        body.putIfAbsent("cylinderDueOn", "2030-06-30");
        return body;
    }

    private long count() {
        return db.sql("SELECT COUNT(*) AS n FROM vehicle").map(r -> ((Number) r.get("n")).longValue()).one().block();
    }

    private List<String> audits(String plate) {
        return db.sql("SELECT action FROM audit_log WHERE target = :t ORDER BY id").bind("t", "vehicle:" + plate)
                .map(r -> r.get("action", String.class)).all().collectList().block();
    }
}
