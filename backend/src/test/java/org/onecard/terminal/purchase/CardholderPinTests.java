package org.onecard.terminal.purchase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.iso8583.PinBlock;
import org.onecard.terminal.purchase.TerminalFixture.Card;
import org.onecard.testing.Checks;
import org.onecard.testing.MariaDbTest;

/** A card type that asks for the cardholder's PIN at POS (field 63), on MariaDB. */
@MariaDbTest
class CardholderPinTests extends OneTerminalTest {

    @Test
    void aCardOfAPinTypePaysWithItsPinOnly() throws Exception {
        long type = fx.cardType(Map.of("pinRequired", true));
        Card card = fx.card(10_000, type);
        fx.admin.put("/api/cards/" + card.id() + "/pin", Map.of("pin", "246810")).expectStatus().isNoContent();

        IsoMessage missing = terminal.exchange(fx.purchase(card.serial(), 100, "000501"));
        IsoMessage unreadable = terminal.exchange(withPin(fx.purchase(card.serial(), 100, "000502"), "XYZ"));
        IsoMessage attempt = fx.purchase(card.serial(), 100, "000503");
        IsoMessage wrong = terminal.exchange(withPin(attempt, PinBlock.hex("135790")));
        IsoMessage wrongAgain = terminal.exchange(withPin(attempt, PinBlock.hex("246810")));
        IsoMessage right = terminal.exchange(withPin(fx.purchase(card.serial(), 100, "000504"), PinBlock.hex("246810")));

        assertThat(missing.text(39)).isEqualTo("55");
        assertThat(missing.text(44)).isEqualTo("5137");
        assertThat(unreadable.text(44)).isEqualTo("5137");
        assertThat(wrong.text(44)).isEqualTo("5138");
        assertThat(wrongAgain.text(44)).as("a new attempt needs a new trace: the key answers as first").isEqualTo("5138");
        assertThat(right.text(39)).isEqualTo("00");
        assertThat(fx.cashFen(card)).isEqualTo(9_900);
        assertThat(fx.admin.read("/api/card-types/" + type)).containsEntry("pinRequired", true);
        Checks.booksClean(web, fx.admin.token());
    }

    @Test
    void aCardOfAPinTypeWithoutAPinSetCannotPay() throws Exception {
        Card card = fx.card(10_000, fx.cardType(Map.of("pinRequired", true)));

        IsoMessage refused = terminal.exchange(withPin(fx.purchase(card.serial(), 100, "000511"), PinBlock.hex("000000")));

        assertThat(refused.text(44)).isEqualTo("5138");
        assertThat(fx.cashFen(card)).isEqualTo(10_000);
    }

    @Test
    void typesAndCardsAskForNoPinUnlessToldSo() throws Exception {
        long type = fx.cardType(Map.of());
        Card card = fx.card(10_000, type);

        assertThat(terminal.exchange(fx.purchase(card.serial(), 100, "000521")).text(39)).isEqualTo("00");
        assertThat(fx.admin.read("/api/card-types/" + type)).containsEntry("pinRequired", false);
        fx.admin.get("/api/cards/" + card.id() + "/terminal-access").expectStatus().isOk()
                .expectBody().jsonPath("$.kind").isEqualTo("USER").jsonPath("$.pinSet").isEqualTo(false);
    }

    @Test
    void aPinIsSixDigits() {
        Card card = fx.card(100);

        Checks.problem(fx.admin.put("/api/cards/" + card.id() + "/pin", Map.of("pin", "12345")), 400, 1001);
        Checks.problem(fx.admin.put("/api/cards/" + card.id() + "/pin", Map.of("pin", "12345a")), 400, 1001);
        Checks.problem(fx.admin.put("/api/cards/" + card.id() + "/pin", Map.of()), 400, 1001);
        Checks.problem(fx.admin.put("/api/cards/99999999/pin", Map.of("pin", "123456")), 404, 1002);
        fx.admin.put("/api/cards/" + card.id() + "/pin", Map.of("pin", "123456")).expectStatus().isNoContent();
        fx.admin.get("/api/cards/" + card.id() + "/terminal-access").expectBody().jsonPath("$.pinSet").isEqualTo(true);
    }

    private static IsoMessage withPin(IsoMessage purchase, String field63) {
        return purchase.toBuilder().set(63, field63).build();
    }
}
