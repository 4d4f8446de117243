package org.onecard.shift;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.purchase.OneTerminalTest;
import org.onecard.terminal.purchase.PurchaseTerminal;
import org.onecard.terminal.purchase.TerminalFixture.Card;
import org.onecard.terminal.purchase.TerminalFixture.Registered;
import org.onecard.testing.MariaDbTest;

/** 0800/401 shift hand-over at a dispenser over a real socket on MariaDB (openapi/terminal-protocol.md §2.10). */
@MariaDbTest
class HandOverAtTerminalTests extends OneTerminalTest {

    private ShiftFixture sx;
    private Registered dispenser;
    private PurchaseTerminal pump;
    private Card a;
    private Card b;
    private int trace = 400;

    @BeforeEach
    void dispenser() throws Exception {
        sx = new ShiftFixture(fx, web, db);
        dispenser = sx.dispenser(2);
        pump = new PurchaseTerminal(server.port(), dispenser.key());
        long team = sx.team();
        a = sx.shiftCard(team);
        b = sx.shiftCard(team);
    }

    @AfterEach
    void hangUp() throws Exception {
        pump.close();
    }

    @Test
    void theOutgoingCardEndsAndTheIncomingStartsEachNozzleAndARepeatGetsTheFirstAnswer() throws Exception {
        IsoMessage start = pump.exchange(handOver(null, a, "01000000001000000000050000", "02000000002000000000090000"));
        IsoMessage handOver = handOver(a, b, "01000000001500000000075000", "02000000002600000000117000");
        IsoMessage reply = pump.exchange(handOver);
        IsoMessage again = pump.exchange(handOver);
        IsoMessage otherContent = pump.exchange(handOver.toBuilder().set(48, "01000000001500000000075001").build());

        assertThat(start.text(39)).isEqualTo("00");
        assertThat(reply.mti()).isEqualTo("0810");
        assertThat(reply.text(39)).isEqualTo("00");
        assertThat(reply.text(70)).isEqualTo("401");
        assertThat(reply.has(44)).isFalse();
        assertThat(again.text(39)).isEqualTo("00");
        assertThat(otherContent.text(39)).isEqualTo("94");
        assertThat(otherContent.text(44)).isEqualTo("1007");
        assertThat(db.sql("SELECT card_id, nozzle_no, end_volume - start_volume AS v, end_amount_fen - start_amount_fen"
                        + " AS f FROM nozzle_shift WHERE terminal_id = :t AND end_volume IS NOT NULL ORDER BY nozzle_no")
                .bind("t", dispenser.id()).map(r -> r.get("card_id", Long.class) + ":" + r.get("nozzle_no", Integer.class)
                        + ":" + r.get("v", Long.class) + ":" + r.get("f", Long.class)).all().collectList().block())
                .containsExactly(a.id() + ":1:500:25000", a.id() + ":2:600:27000");
        assertThat(db.sql("SELECT COUNT(*) AS n FROM shift_handover WHERE terminal_id = :t AND source = 'TERMINAL'")
                .bind("t", dispenser.id()).map(r -> ((Number) r.get("n")).longValue()).one().block()).isEqualTo(2);
    }

    @Test
    void refusalsCarryTheirCatalogueCodeAndMalformedFieldsAreFormatErrors() throws Exception {
        pump.exchange(handOver(null, a, "01000000001000000000050000"));
        Card user = fx.card(1);

        assertRefused(pump.exchange(handOver(a, b, "01000000000900000000050000")), "13", "8068");
        assertRefused(pump.exchange(handOver(b, a, "01000000001100000000050000")), "12", "8069");
        assertRefused(pump.exchange(handOver(a, b, "03000000001100000000050000")), "12", "8062");
        assertRefused(pump.exchange(handOver(a, user, "01000000001100000000050000")), "12", "8065");
        assertThat(pump.exchange(handOver(a, b, "0100000000110000000005000")).text(39)).isEqualTo("30");
        assertThat(pump.exchange(handOver(a, b, "01000000001100000000050000").toBuilder().remove(48).build())
                .text(39)).isEqualTo("30");
        assertThat(pump.exchange(handOver(a, b, "01000000001100000000050000").toBuilder().remove(13).build())
                .text(39)).isEqualTo("30");
        assertRefused(pump.exchange(handOver(null, null, "01000000001100000000050000")), "30", "1001");
        IsoMessage atTill = terminal.exchange(handOver(a, b, "01000000001100000000050000").toBuilder()
                .set(41, fx.code).build());
        assertRefused(atTill, "12", "8060");

        assertThat(db.sql("SELECT COUNT(*) AS n FROM nozzle_shift WHERE terminal_id = :t").bind("t", dispenser.id())
                .map(r -> ((Number) r.get("n")).longValue()).one().block()).isEqualTo(1);
    }

    private static void assertRefused(IsoMessage reply, String iso, String code) {
        assertThat(reply.text(39)).isEqualTo(iso);
        assertThat(reply.text(44)).isEqualTo(code);
    }

    private IsoMessage handOver(Card out, Card in, String... readings) {
        ZonedDateTime local = clock.now().atZone(clock.zone());
        IsoMessage.Builder m = IsoMessage.builder("0800").set(11, String.format("%06d", ++trace))
                .set(13, DateTimeFormatter.ofPattern("MMdd").format(local)).set(41, dispenser.code()).set(70, "401")
                .set(48, String.join("", readings));
        if (out != null) {
            m.set(62, out.serial());
        }
        if (in != null) {
            m.set(61, in.serial());
        }
        return m.build();
    }
}
