package org.onecard.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onecard.people.ApiCalls.id;
import static org.onecard.people.ApiCalls.problem;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.purchase.OneTerminalTest;
import org.onecard.terminal.purchase.TerminalFixture.Card;
import org.onecard.testing.Checks;
import org.onecard.testing.MariaDbTest;

/**
 * A gas-station card bound to a vehicle, over the real socket on MariaDB: refused with its own
 * reason once the cylinder inspection is overdue, approved on the due date and after the date is
 * moved by its audited act; and the rules of binding cards to vehicles.
 */
@MariaDbTest
class CylinderAtTerminalTests extends OneTerminalTest {

    private static final AtomicInteger NEXT = new AtomicInteger(20_000);

    @Test
    void aCardOfAVehicleWhoseCylinderIsOverdueIsRefusedAndPaysAgainOnceTheDateIsMoved() throws Exception {
        LocalDate today = LocalDate.ofInstant(clock.now(), clock.zone());
        Card card = fx.card(1_000);
        long vehicle = vehicle(today.minusDays(1));
        fx.admin.put("/api/vehicles/" + vehicle + "/cards/" + card.id(), Map.of()).expectStatus().isOk();

        IsoMessage refused = terminal.exchange(fx.purchase(card.serial(), 100, "000701"));

        assertThat(refused.text(39)).isEqualTo("82");
        assertThat(refused.text(44)).isEqualTo("8011");
        assertThat(refused.has(37)).isFalse();
        assertThat(fx.cashFen(card)).isEqualTo(1_000);
        assertThat(fx.consumptions(card)).isEmpty();

        moveDate(vehicle, today, "钢瓶年检，今日到期");
        assertThat(terminal.exchange(fx.purchase(card.serial(), 100, "000702")).text(39)).isEqualTo("00");
        moveDate(vehicle, today.plusYears(1), "年检合格");
        assertThat(terminal.exchange(fx.purchase(card.serial(), 200, "000703")).text(39)).isEqualTo("00");

        assertThat(fx.cashFen(card)).isEqualTo(700);
        assertThat(fx.consumptions(card)).hasSize(2);
        Checks.booksClean(web, fx.admin.token());
    }

    @Test
    void aCardIsBoundToOneVehicleShowsItsPlateAndAVehicleWithCardsStays() {
        Card card = fx.card(100);
        Card cancelled = fx.card(100);
        long vehicle = vehicle(LocalDate.of(2031, 1, 1));
        long other = vehicle(LocalDate.of(2031, 1, 1));
        String plate = (String) fx.admin.read("/api/vehicles/" + vehicle).get("plate");
        db.sql("UPDATE card SET status = 'CANCELLED', active_serial = NULL WHERE id = :id").bind("id", cancelled.id())
                .fetch().rowsUpdated().block();

        fx.admin.put("/api/vehicles/" + vehicle + "/cards/" + card.id(), Map.of()).expectStatus().isOk();
        fx.admin.put("/api/vehicles/" + vehicle + "/cards/" + card.id(), Map.of()).expectStatus().isOk();

        assertThat(fx.admin.read("/api/cards/" + card.id())).containsEntry("plate", plate)
                .containsEntry("vehicleId", (int) vehicle);
        assertThat(fx.admin.read("/api/vehicles/" + vehicle)).containsEntry("cardCount", 1);
        problem(fx.admin.put("/api/vehicles/" + other + "/cards/" + card.id(), Map.of()), 409, 8012);
        problem(fx.admin.put("/api/vehicles/" + other + "/cards/" + cancelled.id(), Map.of()), 409, 8010);
        problem(fx.admin.put("/api/vehicles/" + other + "/cards/999999999", Map.of()), 404, 1002);
        problem(fx.admin.put("/api/vehicles/999999999/cards/" + card.id(), Map.of()), 404, 1002);
        problem(fx.admin.delete("/api/vehicles/" + other + "/cards/" + card.id()), 404, 1002);
        problem(fx.admin.delete("/api/vehicles/" + vehicle), 409, 8009);

        fx.admin.delete("/api/vehicles/" + vehicle + "/cards/" + card.id()).expectStatus().isOk();
        assertThat(fx.admin.read("/api/cards/" + card.id())).doesNotContainKey("plate");
        fx.admin.delete("/api/vehicles/" + vehicle).expectStatus().isNoContent();
    }

    @Test
    void aReissuedCardServesTheLostCardsVehicle() {
        Card card = fx.card(100);
        long vehicle = vehicle(LocalDate.of(2031, 1, 1));
        fx.admin.put("/api/vehicles/" + vehicle + "/cards/" + card.id(), Map.of()).expectStatus().isOk();
        fx.admin.postEmpty("/api/cards/" + card.id() + "/loss").expectStatus().isOk();

        long reissued = id(web.post().uri("/api/cards/" + card.id() + "/reissue")
                .headers(h -> {
                    h.setBearerAuth(fx.admin.token());
                    h.set("Idempotency-Key", "re-vehicle-" + card.serial());
                })
                .bodyValue(Map.of("serial", "NEW" + card.serial())).exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody());

        assertThat(fx.admin.read("/api/cards/" + reissued)).containsEntry("vehicleId", (int) vehicle);
        assertThat(fx.admin.read("/api/vehicles/" + vehicle)).containsEntry("cardCount", 2);
    }

    private long vehicle(LocalDate dueOn) {
        return id(fx.admin.created("/api/vehicles", Map.of("plate", "浙A" + NEXT.incrementAndGet(),
                "cylinderDueOn", dueOn.toString())));
    }

    private void moveDate(long vehicle, LocalDate dueOn, String note) {
        fx.admin.post("/api/vehicles/" + vehicle + "/cylinder-inspection", Map.of("dueOn", dueOn.toString(),
                "note", note)).expectStatus().isOk();
    }
}
