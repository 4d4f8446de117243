package org.onecard.terminal.purchase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.purchase.TerminalFixture.Card;
import org.onecard.testing.Checks;
import org.onecard.testing.MariaDbTest;

/** 0200 processing code 220000: an admin card, then the cardholder's card, voids that card's last sale here, once. */
@MariaDbTest
class TerminalCorrectionTests extends OneTerminalTest {

    @Test
    void anAdminCardCorrectsTheCardsLastSaleOnceAndARepeatGetsTheSameReply() throws Exception {
        Card admin = adminCard();
        Card card = fx.card(10_000);
        terminal.exchange(fx.purchase(card.serial(), 300, "000401"));
        terminal.exchange(fx.purchase(card.serial(), 700, "000402"));
        IsoMessage correction = correctionOf(card, admin.serial(), "000403");

        IsoMessage corrected = terminal.exchange(correction);
        IsoMessage again = terminal.exchange(correction);
        IsoMessage second = terminal.exchange(correctionOf(card, admin.serial(), "000404"));

        assertThat(corrected.text(39)).isEqualTo("00");
        assertThat(corrected.text(4)).isEqualTo(String.format("%012d", 700));
        assertThat(again.text(37)).isEqualTo(corrected.text(37));
        assertThat(terminal.exchange(correctionOf(card, adminCard().serial(), "000403")).text(39))
                .as("another admin card under the correction's key").isEqualTo("94");
        assertThat(second.text(39)).isEqualTo("25");
        assertThat(second.text(44)).isEqualTo("5134");
        assertThat(fx.consumptions(card)).containsExactly("ONLINE 300 null", "ONLINE 700 0");
        assertThat(fx.cashFen(card)).isEqualTo(9_700);
        Checks.booksClean(web, fx.admin.token());
    }

    @Test
    void onlyARegisteredLiveAdminCardCorrects() throws Exception {
        Card card = fx.card(10_000);
        Card user = fx.card(100);
        Card operatorCard = fx.card(100);
        fx.admin.put("/api/cards/" + operatorCard.id() + "/kind", Map.of("kind", "OPERATOR")).expectStatus().isOk();
        Card lostAdmin = adminCard();
        fx.admin.postEmpty("/api/cards/" + lostAdmin.id() + "/loss").expectStatus().isOk();
        terminal.exchange(fx.purchase(card.serial(), 300, "000411"));

        IsoMessage byUser = terminal.exchange(correctionOf(card, user.serial(), "000412"));
        assertThat(byUser.text(39)).isEqualTo("57");
        assertThat(byUser.text(44)).isEqualTo("5139");
        assertThat(terminal.exchange(correctionOf(card, operatorCard.serial(), "000413")).text(44)).isEqualTo("5139");
        assertThat(terminal.exchange(correctionOf(card, lostAdmin.serial(), "000414")).text(44)).isEqualTo("5139");
        assertThat(terminal.exchange(correctionOf(card, "629999999998", "000415")).text(44)).isEqualTo("5139");
        assertThat(terminal.exchange(correctionOf(card, user.serial(), "000416").toBuilder().remove(62).build())
                .text(39)).isEqualTo("30");
        assertThat(fx.cashFen(card)).isEqualTo(9_700);
    }

    @Test
    void aCardWithNoSaleHereOrAnUnknownCardHasNothingToCorrect() throws Exception {
        Card admin = adminCard();
        Card card = fx.card(10_000);
        TerminalFixture.Registered other = fx.terminal("FREE_AMOUNT", Map.of("model", "TX-100"));
        try (PurchaseTerminal t2 = new PurchaseTerminal(server.port(), other.key())) {
            t2.exchange(fx.purchaseAt(other, card.serial(), 300L, "000421").build());
        }

        assertThat(terminal.exchange(correctionOf(card, admin.serial(), "000422")).text(44)).isEqualTo("5134");
        assertThat(terminal.exchange(correctionOf(new Card(0, "629999999999"), admin.serial(), "000423")).text(39))
                .isEqualTo("14");
        assertThat(fx.cashFen(card)).isEqualTo(9_700);
    }

    @Test
    void cardKindsAreSetCentrallyAndRefusedWhenBad() {
        Card card = fx.card(100);

        fx.admin.put("/api/cards/" + card.id() + "/kind", Map.of("kind", "ADMIN")).expectStatus().isOk()
                .expectBody().jsonPath("$.kind").isEqualTo("ADMIN").jsonPath("$.pinSet").isEqualTo(false);
        fx.admin.get("/api/cards/" + card.id() + "/terminal-access").expectStatus().isOk()
                .expectBody().jsonPath("$.kind").isEqualTo("ADMIN");
        Checks.problem(fx.admin.put("/api/cards/" + card.id() + "/kind", Map.of()), 400, 1001);
        fx.admin.put("/api/cards/" + card.id() + "/kind", Map.of("kind", "BOSS")).expectStatus().isBadRequest();
        Checks.problem(fx.admin.put("/api/cards/99999999/kind", Map.of("kind", "ADMIN")), 404, 1002);
        Checks.problem(fx.admin.get("/api/cards/99999999/terminal-access"), 404, 1002);
    }

    private Card adminCard() {
        Card card = fx.card(100);
        fx.admin.put("/api/cards/" + card.id() + "/kind", Map.of("kind", "ADMIN")).expectStatus().isOk();
        return card;
    }

    private IsoMessage correctionOf(Card card, String adminSerial, String trace) {
        return fx.purchase(card.serial(), 0, trace).toBuilder().set(3, "220000").remove(4).set(62, adminSerial).build();
    }
}
