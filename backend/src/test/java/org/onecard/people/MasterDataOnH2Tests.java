package org.onecard.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onecard.people.ApiCalls.id;
import static org.onecard.people.ApiCalls.problem;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onecard.identity.Operators;
import org.onecard.identity.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.reactive.AutoConfigureWebTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The V3 migration and the master-data SQL (LIKE escapes, paging, TIME columns, the no-op row
 * lock) on the embedded H2 database `make run` uses, which the MariaDB suite does not reach.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.r2dbc.url=r2dbc:h2:mem:///masterdata;DB_CLOSE_DELAY=-1",
        "spring.flyway.url=jdbc:h2:mem:masterdata;DB_CLOSE_DELAY=-1",
        "spring.flyway.locations=classpath:db/migration/h2"})
@AutoConfigureWebTestClient
class MasterDataOnH2Tests {

    @Autowired
    WebTestClient web;
    @Autowired
    Operators operators;

    @Test
    void masterDataWorksEndToEndOnH2() {
        ApiCalls admin = ApiCalls.as(web, operators, Roles.ADMIN);
        long department = admin.department("计算机学院");
        assertThat(admin.read("/api/org-units/" + department)).containsEntry("code", "001");
        long below = id(admin.created("/api/org-units", Map.of("parentId", department, "name", "软件系")));

        admin.put("/api/people-settings", Map.of("employeeNoLength", 6, "employeeNoAutoIncrement", true,
                "employeeNoLettersAllowed", false)).expectStatus().isOk();
        long group = id(admin.created("/api/groups", Map.of("name", "学生")));
        Map<String, Object> person = admin.created("/api/people", Map.of("name", "张_三", "orgUnitId", below,
                "groupId", group));
        assertThat(person).containsEntry("employeeNo", "000001");
        admin.created("/api/people", Map.of("name", "李四", "orgUnitId", department));
        assertThat(admin.read("/api/people?orgUnitId=" + department + "&size=1&page=1")).containsEntry("total", 2);
        assertThat(admin.read("/api/people?name=_")).containsEntry("total", 1);
        admin.postEmpty("/api/people/" + id(person) + "/resign").expectStatus().isOk();
        assertThat(admin.read("/api/people?status=RESIGNED")).containsEntry("total", 1);
        problem(admin.post("/api/people", Map.of("employeeNo", "000001", "name", "冒名", "orgUnitId", below)), 409, 4004);

        admin.created("/api/groups/" + group + "/rules", Map.of("windowStart", "06:00", "windowEnd", "09:00",
                "countLimit", 2, "perTransactionLimitFen", 1000, "dailyLimitFen", 3000, "discountPercent", 90));
        problem(admin.post("/api/groups/" + group + "/rules", Map.of("windowStart", "08:00", "windowEnd", "10:00",
                "countLimit", 0, "perTransactionLimitFen", 0, "dailyLimitFen", 0, "discountPercent", 100)), 409, 4008);
        problem(admin.delete("/api/groups/" + group), 409, 4007);

        long merchant = id(admin.created("/api/merchants", Map.of("name", "后勤")));
        Map<String, Object> outlet = admin.created("/api/outlets", Map.of("merchantId", merchant, "name", "一食堂",
                "kind", "CANTEEN"));
        assertThat(outlet.get("revenueAccountId")).isNotNull();
        problem(admin.post("/api/outlets", Map.of("merchantId", merchant, "name", "一食堂", "kind", "SHOP")), 409, 5003);
        assertThat(admin.read("/api/outlets?name=食堂")).containsEntry("total", 1);
        problem(admin.delete("/api/merchants/" + merchant), 409, 4009);
        admin.delete("/api/outlets/" + id(outlet)).expectStatus().isNoContent();
        admin.delete("/api/merchants/" + merchant).expectStatus().isNoContent();
    }
}
