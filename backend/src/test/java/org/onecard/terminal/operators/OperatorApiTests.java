package org.onecard.terminal.operators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onecard.identity.Roles;
import org.onecard.people.ApiCalls;
import org.onecard.terminal.purchase.OneTerminalTest;
import org.onecard.testing.Checks;
import org.onecard.testing.MariaDbTest;

/** The card centre's REST API for a terminal's operators and supervisor, on MariaDB. */
@MariaDbTest
class OperatorApiTests extends OneTerminalTest {

    private String uri;

    @BeforeEach
    void terminal() {
        long id = db.sql("SELECT id FROM terminal WHERE code = :code").bind("code", fx.code)
                .map(r -> r.get("id", Long.class)).one().block();
        uri = "/api/terminals/" + id + "/operators";
    }

    @Test
    void operatorsAreCreatedListedByNumberAndShownWithoutTheirPassword() {
        Map<String, Object> cashier = fx.admin.created(uri, operator("01", "1234"));
        fx.admin.created(uri, operator("00", "123456"));

        String list = fx.admin.get(uri).expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

        assertThat(cashier).containsEntry("operatorNo", "01").containsEntry("supervisor", false)
                .containsEntry("enabled", true).containsEntry("locked", false).doesNotContainKey("password");
        assertThat(list.indexOf("\"operatorNo\":\"00\"")).isLessThan(list.indexOf("\"operatorNo\":\"01\""));
        assertThat(list).contains("\"supervisor\":true").doesNotContain("1234").doesNotContain("hash");
        assertThat(db.sql("SELECT password_hash FROM terminal_operator WHERE operator_no = '01'")
                .map(r -> r.get("password_hash", String.class)).all().collectList().block())
                .allSatisfy(h -> assertThat(h).startsWith("$2"));
    }

    @Test
    void aTerminalHasOneOperatorPerNumberSoOneSupervisor() {
        fx.admin.created(uri, operator("00", "123456"));

        Checks.problem(fx.admin.post(uri, operator("00", "654321")), 409, 5133);
    }

    @Test
    void badOperatorsAreRefusedFieldByField() {
        Map<String, Object> bad = new HashMap<>(operator("1", "12"));
        bad.put("name", " ");
        String body = fx.admin.post(uri, bad).expectStatus().isBadRequest().expectBody(String.class).returnResult()
                .getResponseBody();

        assertThat(body).contains("\"code\":1001").contains("operatorNo").contains("name").contains("password");
        Checks.problem(fx.admin.post(uri, operator("01", "1234567")), 400, 1001);
        Checks.problem(fx.admin.post(uri, operator("01", "12a4")), 400, 1001);
        assertThat(fx.admin.get(uri).expectBody(List.class).returnResult().getResponseBody()).isEmpty();
    }

    @Test
    void passwordsAreResetOperatorsDisabledAndDeleted() {
        fx.admin.created(uri, operator("01", "1234"));

        Checks.problem(fx.admin.put(uri + "/01/password", Map.of("password", "12")), 400, 1001);
        fx.admin.put(uri + "/01/password", Map.of("password", "4321")).expectStatus().isOk();
        fx.admin.postEmpty(uri + "/01/disable").expectStatus().isOk().expectBody().jsonPath("$.enabled").isEqualTo(false);
        fx.admin.delete(uri + "/01").expectStatus().isNoContent();

        Checks.problem(fx.admin.delete(uri + "/01"), 404, 5130);
        Checks.problem(fx.admin.put(uri + "/02/password", Map.of("password", "4321")), 404, 5130);
        Checks.problem(fx.admin.postEmpty(uri + "/02/enable"), 404, 5130);
    }

    @Test
    void anUnknownTerminalOrAUserWithoutTheRightIsRefused() {
        Checks.problem(fx.admin.get("/api/terminals/999999999/operators"), 404, 1002);
        ApiCalls reader = ApiCalls.as(web, operators, Roles.FINANCE);
        reader.post(uri, operator("01", "1234")).expectStatus().isForbidden();
    }

    private static Map<String, Object> operator(String number, String password) {
        return Map.of("operatorNo", number, "name", "收银员" + number, "password", password);
    }
}
