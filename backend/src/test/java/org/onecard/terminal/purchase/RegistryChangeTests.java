package org.onecard.terminal.purchase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.purchase.TerminalFixture.Card;
import org.onecard.testing.MariaDbTest;

/**
 * The server keeps what it reads of a terminal for a moment ({@code TerminalCache}); a change made
 * through the registry still reaches the very next message.
 */
@MariaDbTest
class RegistryChangeTests extends OneTerminalTest {

    @Test
    void aTerminalReKeyedOrDisabledIsRefusedAtOnceThoughItWasJustServed() throws Exception {
        Card card = fx.card(10_000);
        assertThat(terminal.exchange(fx.purchase(card.serial(), 100, "000001")).text(39)).isEqualTo("00");
        long id = db.sql("SELECT id FROM terminal WHERE code = :code").bind("code", fx.code)
                .map(r -> r.get("id", Long.class)).one().block();

        @SuppressWarnings("unchecked")
        Map<String, Object> rotated = fx.admin.postEmpty("/api/terminals/" + id + "/key").expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        byte[] newKey = HexFormat.of().parseHex((String) rotated.get("macKey"));

        assertThat(terminal.exchange(fx.purchase(card.serial(), 100, "000002")).text(39))
                .as("the old key, one message later").isEqualTo("63");
        try (PurchaseTerminal rekeyed = new PurchaseTerminal(server.port(), newKey)) {
            assertThat(rekeyed.exchange(fx.purchase(card.serial(), 100, "000003")).text(39)).isEqualTo("00");
            fx.admin.postEmpty("/api/terminals/" + id + "/disable").expectStatus().isOk();
            assertThat(rekeyed.exchange(fx.purchase(card.serial(), 100, "000004")).text(39))
                    .as("disabled, one message later").isEqualTo("58");
        }
        assertThat(fx.cashFen(card)).isEqualTo(9_800);
    }

    @Test
    void aChangedSameCardIntervalAppliesToTheNextPurchase() throws Exception {
        Card card = fx.card(10_000);
        assertThat(terminal.exchange(fx.purchase(card.serial(), 100, "000011")).text(39)).isEqualTo("00");
        long id = db.sql("SELECT id FROM terminal WHERE code = :code").bind("code", fx.code)
                .map(r -> r.get("id", Long.class)).one().block();
        Map<String, Object> t = fx.admin.read("/api/terminals/" + id);
        Map<String, Object> draft = Map.of("serial", t.get("serial"), "purpose", "CONSUMPTION", "outletId", fx.outlet,
                "mode", "FREE_AMOUNT", "sameCardIntervalSeconds", 600);
        fx.admin.put("/api/terminals/" + id, draft).expectStatus().isOk();

        IsoMessage again = terminal.exchange(fx.purchase(card.serial(), 100, "000012"));

        assertThat(again.text(39)).isEqualTo("94");
        assertThat(again.text(44)).isEqualTo("5093");
    }
}
