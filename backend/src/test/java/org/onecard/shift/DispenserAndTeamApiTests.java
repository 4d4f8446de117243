package org.onecard.shift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onecard.people.ApiCalls.body;
import static org.onecard.people.ApiCalls.id;
import static org.onecard.people.ApiCalls.problem;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onecard.terminal.purchase.OneTerminalTest;
import org.onecard.terminal.purchase.TerminalFixture.Card;
import org.onecard.terminal.purchase.TerminalFixture.Registered;
import org.onecard.testing.MariaDbTest;

/** Nozzles of dispensers and shift teams with their staff cards, through the admin API on MariaDB. */
@MariaDbTest
class DispenserAndTeamApiTests extends OneTerminalTest {

    private ShiftFixture sx;

    @BeforeEach
    void station() {
        sx = new ShiftFixture(fx, web, db);
    }

    @Test
    void aDispenserHasNozzlesOneToNinetyNineEachNumberOnceAndOthersHaveNone() {
        Registered d = sx.dispenser(2);
        String uri = ShiftFixture.nozzles(d.id());
        Map<String, Object> third = fx.admin.created(uri, Map.of("nozzleNo", 99, "productName", " 92# "));

        assertThat(third).containsEntry("nozzleNo", 99).containsEntry("productName", "92#")
                .containsEntry("enabled", true).containsEntry("onShift", false).doesNotContainKey("lastVolume");
        problem(fx.admin.post(uri, Map.of("nozzleNo", 2, "productName", "CNG")), 409, 8061);
        problem(fx.admin.post(uri, Map.of("nozzleNo", 0, "productName", "CNG")), 400, 1001)
                .jsonPath("$.errors[0].field").isEqualTo("nozzleNo");
        problem(fx.admin.post(uri, Map.of("nozzleNo", 100, "productName", "CNG")), 400, 1001);
        problem(fx.admin.post(uri, Map.of("nozzleNo", 3, "productName", " ")), 400, 1001)
                .jsonPath("$.errors[0].field").isEqualTo("productName");
        problem(fx.admin.post(uri, Map.of("productName", "CNG")), 400, 1001);
        long consumption = fx.terminal("FREE_AMOUNT", Map.of()).id();
        problem(fx.admin.post(ShiftFixture.nozzles(consumption), Map.of("nozzleNo", 1, "productName", "CNG")), 422,
                8060);
        problem(fx.admin.get(ShiftFixture.nozzles(consumption)), 422, 8060);
        problem(fx.admin.get(ShiftFixture.nozzles(999_999_999L)), 404, 1002);
        problem(fx.admin.postEmpty(uri + "/7/disable"), 422, 8062);

        Map<String, Object> disabled = body(fx.admin.postEmpty(uri + "/2/disable").expectStatus().isOk());
        assertThat(disabled).containsEntry("enabled", false);
        assertThat(nozzles(uri)).extracting(n -> n.get("nozzleNo")).containsExactly(1, 2, 99);
        assertThat(body(fx.admin.postEmpty(uri + "/2/enable").expectStatus().isOk())).containsEntry("enabled", true);
    }

    @Test
    void aShiftCardIsRegisteredCentrallySentToTerminalsAndJoinsOneTeam() {
        long team = sx.team();
        Card card = sx.shiftCard(team);
        Card userCard = fx.card(1);

        assertThat(db.sql("SELECT list_kind, action FROM list_change WHERE serial = :s AND list_kind <> 'WHITELIST' ORDER BY id")
                .bind("s", card.serial()).map(r -> r.get("list_kind", String.class) + ":" + r.get("action", String.class))
                .all().collectList().block()).containsExactly("SHIFT_CARD:ADD");
        Map<String, Object> again = body(fx.admin.post("/api/shift-teams/" + team + "/members",
                Map.of("serial", card.serial())).expectStatus().isOk());
        assertThat(again.get("members")).asList().hasSize(1);
        long other = sx.team();
        problem(fx.admin.post("/api/shift-teams/" + other + "/members", Map.of("serial", card.serial())), 409, 8066);
        problem(fx.admin.post("/api/shift-teams/" + other + "/members", Map.of("serial", userCard.serial())), 422,
                8065);
        problem(fx.admin.post("/api/shift-teams/" + other + "/members", Map.of("serial", "NO-SUCH")), 422, 8065);
        problem(fx.admin.post("/api/shift-teams/999999999/members", Map.of("serial", card.serial())), 404, 8064);

        Map<String, Object> removed = body(fx.admin.delete("/api/shift-teams/" + team + "/members/" + card.id())
                .expectStatus().isOk());
        assertThat(removed.get("members")).asList().isEmpty();
        assertThat(body(fx.admin.post("/api/shift-teams/" + other + "/members", Map.of("serial", card.serial()))
                .expectStatus().isOk()).get("members")).asList().hasSize(1);
    }

    @Test
    void aTeamCodeIsUniqueAndATeamNeedsAStation() {
        Map<String, Object> created = fx.admin.created("/api/shift-teams", Map.of("code", " b" + fx.outlet + " ",
                "name", "乙班", "outletId", fx.outlet));
        assertThat(created).containsEntry("code", "B" + fx.outlet).containsEntry("outletId", (int) fx.outlet);
        problem(fx.admin.post("/api/shift-teams", Map.of("code", "B" + fx.outlet, "name", "x", "outletId", fx.outlet)),
                409, 8063);
        problem(fx.admin.post("/api/shift-teams", Map.of("code", "有中文", "name", "x", "outletId", fx.outlet)), 400, 1001);
        problem(fx.admin.post("/api/shift-teams", Map.of("code", "C1", "name", "x")), 400, 1001);
        problem(fx.admin.post("/api/shift-teams", Map.of("code", "C1", "name", "x", "outletId", 999_999_999L)), 404,
                1002);
        List<Map<String, Object>> teams = nozzles("/api/shift-teams?outletId=" + fx.outlet);
        assertThat(teams).extracting(t -> t.get("id")).containsExactly((int) id(created));
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> nozzles(String uri) {
        return fx.admin.get(uri).expectStatus().isOk().expectBody(List.class).returnResult().getResponseBody();
    }
}
