package org.onecard.terminal.purchase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.purchase.TerminalFixture.Card;
import org.onecard.testing.Checks;
import org.onecard.testing.MariaDbTest;

/** 0200 processing code 170000: a cardholder claims distributed subsidies at a terminal. */
@MariaDbTest
class SubsidyClaimAtTerminalTests extends OneTerminalTest {

    @Test
    void aDistributedSubsidyIsClaimedOnceAndTheReplyShowsIt() throws Exception {
        Card card = fx.card(1_000);
        distributed(card, 3_000, "claim-1");

        IsoMessage first = terminal.exchange(claim(card, "000001"));
        IsoMessage second = terminal.exchange(claim(card, "000002"));

        assertThat(first.text(39)).isEqualTo("00");
        assertThat(first.text(4)).isEqualTo("000000003000");
        assertThat(first.text(54)).isEqualTo("1002156C000000001000" + "2002156C000000003000");
        assertThat(second.text(39)).isEqualTo("00");
        assertThat(second.text(4)).isEqualTo("000000000000");
        assertThat(second.text(54)).isEqualTo(first.text(54));
        assertThat(status("claim-1")).isEqualTo("CLAIMED");
        Checks.booksClean(web, fx.admin.token());
    }

    @Test
    void aFrozenOrUnknownCardClaimsNothing() throws Exception {
        Card card = fx.card(1_000);
        distributed(card, 500, "claim-2");
        fx.admin.postEmpty("/api/cards/" + card.id() + "/freeze").expectStatus().isOk();

        IsoMessage frozen = terminal.exchange(claim(card, "000003"));
        IsoMessage unknown = terminal.exchange(claim(new Card(0, "6299000000000077"), "000004"));
        IsoMessage noCard = terminal.exchange(claim(card, "000005").toBuilder().remove(2).build());

        assertThat(frozen.text(39)).isEqualTo("62");
        assertThat(frozen.text(44)).isEqualTo("5006");
        assertThat(unknown.text(39)).isEqualTo("14");
        assertThat(noCard.text(39)).isEqualTo("30");
        assertThat(status("claim-2")).isEqualTo("DISTRIBUTED");
    }

    @Test
    void aTerminalForAnotherPurposeMayNotClaim() throws Exception {
        Card card = fx.card(1_000);
        Map<String, Object> pos = fx.admin.created("/api/terminals", Map.of("machineNo", 996, "serial", "SN-POS-996",
                "purpose", "RECHARGE_POS", "outletId", fx.outlet, "mode", "FREE_AMOUNT"));
        try (PurchaseTerminal other = new PurchaseTerminal(server.port(),
                java.util.HexFormat.of().parseHex((String) pos.get("macKey")))) {
            IsoMessage reply = other.exchange(claim(card, "000006").toBuilder().set(41, "00000996").build());
            assertThat(reply.text(39)).isEqualTo("58");
            assertThat(reply.text(44)).isEqualTo("5081");
        }
    }

    private IsoMessage claim(Card card, String trace) {
        return fx.purchase(card.serial(), 0, trace).toBuilder().set(3, SubsidyClaimAtTerminal.PROCESSING).remove(4)
                .build();
    }

    /** A subsidy distributed but not yet in the wallet (as when the sweep has not run yet). */
    private void distributed(Card card, long amountFen, String key) {
        long person = db.sql("SELECT person_id FROM card WHERE id = :id").bind("id", card.id())
                .map(r -> r.get("person_id", Long.class)).one().block();
        LocalDateTime now = LocalDateTime.now();
        db.sql("INSERT INTO subsidy (person_id, amount_fen, grant_mode, subsidy_month, status, request_key,"
                        + " registered_by, registered_at, distributed_at) VALUES (:person, :amount, 'CUMULATIVE',"
                        + " :month, 'DISTRIBUTED', :key, 1, :now, :now)")
                .bind("person", person).bind("amount", amountFen).bind("month", now.toString().substring(0, 7))
                .bind("key", key).bind("now", now).fetch().rowsUpdated().block();
    }

    private String status(String key) {
        return db.sql("SELECT status FROM subsidy WHERE request_key = :key").bind("key", key)
                .map(r -> r.get("status", String.class)).one().block();
    }
}
