package org.onecard.attacks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.onecard.common.time.BusinessClock;
import org.onecard.identity.Operators;
import org.onecard.identity.Roles;
import org.onecard.people.ApiCalls;
import org.onecard.people.persistence.PeopleStore;
import org.onecard.rules.MealPeriods;
import org.onecard.terminal.iso8583.IsoFormatException;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.purchase.TerminalFixture;
import org.onecard.terminal.purchase.TerminalFixture.Card;
import org.onecard.terminal.purchase.TerminalFixture.Registered;
import org.onecard.terminal.server.TerminalServer;
import org.onecard.terminal.tools.TerminalConnection;
import org.onecard.testing.Checks;
import org.onecard.testing.MariaDbTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Attacks on the terminal protocol over a real socket against the server on MariaDB
 * (terminal-protocol §1.4, §2.7, §3): every refusal has its documented field 39, the connection
 * is closed where §2.7 says so, and nothing is booked — the genuine frame that follows each attack
 * is approved, which shows the attack neither moved money nor used up the trace number.
 * Framing attacks (oversized, truncated, garbage bitmap) are in {@code terminal.server.TerminalServerTests},
 * and the decoder's fuzzing in its own suite.
 */
@MariaDbTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TerminalAttackTests {

    /** What §2.7 lets the server answer to a frame that is not the one the terminal MACed. */
    private static final Set<String> REFUSALS = Set.of("03", "12", "30", "58", "63");

    @Autowired
    WebTestClient web;
    @Autowired
    Operators operators;
    @Autowired
    PeopleStore people;
    @Autowired
    DatabaseClient db;
    @Autowired
    TerminalServer server;
    @Autowired
    MealPeriods meals;
    @Autowired
    BusinessClock clock;

    TerminalFixture f;
    private int trace = 100;

    @BeforeAll
    void setUp() {
        f = new TerminalFixture(web, ApiCalls.as(web, operators, Roles.ADMIN), people, db, meals, clock);
    }

    private String nextTrace() {
        return String.format("%06d", ++trace);
    }

    private TerminalConnection connect() throws IOException {
        return new TerminalConnection("127.0.0.1", server.port(), Optional.empty(), Duration.ofSeconds(15));
    }

    /** Sends the message bytes on a fresh connection: the reply, or null when the server closed it unanswered. */
    private IsoMessage sendAlone(byte[] message, boolean expectClosed) throws Exception {
        try (TerminalConnection link = connect()) {
            link.send(message);
            byte[] reply = link.readMessage();
            if (reply != null && expectClosed) {
                assertThat(link.readMessage()).as("the server closes the connection after refusing").isNull();
            }
            return reply == null ? null : TerminalConnection.CODEC.decode(reply);
        }
    }

    private IsoMessage sendAlone(IsoMessage message, byte[] key) throws Exception {
        return sendAlone(TerminalConnection.encode(message, key), false);
    }

    private void assertNothingBooked(Card card, long cashFen) {
        assertThat(f.cashFen(card)).isEqualTo(cashFen);
        assertThat(f.consumptions(card)).isEmpty();
    }

    @Test
    void everyBitFlippedAcrossThePurchaseIsRefusedAndTheGenuineFrameStillPays() throws Exception {
        Card card = f.card(10_000);
        IsoMessage purchase = f.purchase(card.serial(), 1_250, nextTrace());
        byte[] genuine = TerminalConnection.encode(purchase, f.key);
        int n = genuine.length;
        // MTI, bitmap, card serial, amount, trace, terminal id, and three bytes of the MAC itself
        int[] positions = {0, 3, 12, n / 2, n - 20, n - 12, n - 8, n - 5, n - 1};
        int flips = 0;
        for (int position : positions) {
            for (int bit = 0; bit < 8; bit++) {
                byte[] tampered = genuine.clone();
                tampered[position] ^= (byte) (1 << bit);
                IsoMessage reply = sendAlone(tampered, false);
                String where = "byte " + position + " bit " + bit;
                if (reply != null) {
                    assertThat(reply.text(39)).as(where).isIn(REFUSALS);
                    assertThat(reply.has(64) || reply.has(128)).as(where + ": no MAC on a refusal").isFalse();
                    if (decodesAsTheSamePurchase(tampered, purchase)) {
                        assertThat(reply.text(39)).as(where).isEqualTo("63");
                    }
                }
                flips++;
            }
        }
        assertThat(flips).isEqualTo(positions.length * 8);
        assertNothingBooked(card, 10_000);

        assertThat(sendAlone(genuine, false).text(39)).isEqualTo("00");
        assertThat(f.cashFen(card)).isEqualTo(8_750);
        Checks.booksClean(web, f.admin.token());
    }

    /** The tampered bytes still decode as a purchase from the same terminal: only the MAC can tell. */
    private static boolean decodesAsTheSamePurchase(byte[] tampered, IsoMessage original) {
        try {
            IsoMessage m = TerminalConnection.CODEC.decode(tampered);
            return m.mti().equals(original.mti()) && original.text(41).equals(m.text(41)) && m.has(64);
        } catch (IsoFormatException | RuntimeException e) {
            return false;
        }
    }

    @Test
    void aReplayedTraceGetsTheFirstReplyAndOtherContentUnderItIsRefused() throws Exception {
        Card card = f.card(5_000);
        Card other = f.card(5_000);
        String t = nextTrace();
        byte[] first = TerminalConnection.encode(f.purchase(card.serial(), 800, t), f.key);
        IsoMessage approved = sendAlone(first, false);
        assertThat(approved.text(39)).isEqualTo("00");

        IsoMessage replayed = sendAlone(first, false);
        assertThat(replayed.text(37)).isEqualTo(approved.text(37));
        assertThat(replayed.text(54)).isEqualTo(approved.text(54));
        for (IsoMessage changed : List.of(f.purchase(card.serial(), 900, t), f.purchase(other.serial(), 800, t),
                f.purchase(card.serial(), 800, t).toBuilder().set(12, "000001").build())) {
            IsoMessage reply = sendAlone(changed, f.key);
            assertThat(reply.text(39)).isEqualTo("94");
            assertThat(reply.text(44)).isEqualTo("1007");
            assertThat(reply.has(37)).isFalse();
        }
        assertThat(f.cashFen(card)).isEqualTo(4_200);
        assertThat(f.consumptions(card)).hasSize(1);
        assertNothingBooked(other, 5_000);
        Checks.booksClean(web, f.admin.token());
    }

    @Test
    void aFrameMacedWithAnotherTerminalsKeyIsRefusedAndClosed() throws Exception {
        Card card = f.card(5_000);
        Registered other = f.terminal("FREE_AMOUNT", Map.of());
        IsoMessage purchase = f.purchase(card.serial(), 500, nextTrace());

        IsoMessage reply = sendAlone(TerminalConnection.encode(purchase, other.key()), true);
        assertThat(reply.text(39)).isEqualTo("63");
        assertThat(reply.has(64)).isFalse();
        // nor does the other terminal's code with this terminal's key pass
        IsoMessage swapped = purchase.toBuilder().set(41, other.code()).build();
        assertThat(sendAlone(TerminalConnection.encode(swapped, f.key), true).text(39)).isEqualTo("63");
        assertNothingBooked(card, 5_000);

        assertThat(sendAlone(purchase, f.key).text(39)).isEqualTo("00");
    }

    @Test
    void afterAKeyResetTheOldKeyIsRefusedAtOnce() throws Exception {
        Card card = f.card(5_000);
        Registered t = f.terminal("FREE_AMOUNT", Map.of());
        IsoMessage first = f.purchaseAt(t, card.serial(), 100L, nextTrace()).build();
        assertThat(sendAlone(first, t.key()).text(39)).isEqualTo("00");

        byte[] newKey = HexFormat.of().parseHex((String) ApiCalls.body(f.admin.postEmpty("/api/terminals/" + t.id() + "/key")
                .expectStatus().isOk()).get("macKey"));
        assertThat(newKey).isNotEqualTo(t.key());

        IsoMessage next = f.purchaseAt(t, card.serial(), 200L, nextTrace()).build();
        assertThat(sendAlone(TerminalConnection.encode(next, t.key()), true).text(39)).isEqualTo("63");
        assertThat(f.cashFen(card)).isEqualTo(4_900);
        assertThat(sendAlone(next, newKey).text(39)).isEqualTo("00");
        assertThat(f.cashFen(card)).isEqualTo(4_700);
    }

    @Test
    void anUnknownOrDisabledTerminalIsRefusedAndClosed() throws Exception {
        Card card = f.card(5_000);
        IsoMessage unknown = f.purchase(card.serial(), 300, nextTrace()).toBuilder().set(41, "99999999").build();
        IsoMessage reply = sendAlone(TerminalConnection.encode(unknown, f.key), true);
        assertThat(reply.text(39)).isEqualTo("03");

        Registered t = f.terminal("FREE_AMOUNT", Map.of());
        f.admin.postEmpty("/api/terminals/" + t.id() + "/disable").expectStatus().is2xxSuccessful();
        IsoMessage disabled = f.purchaseAt(t, card.serial(), 300L, nextTrace()).build();
        assertThat(sendAlone(TerminalConnection.encode(disabled, t.key()), true).text(39)).isEqualTo("58");
        assertNothingBooked(card, 5_000);

        f.admin.postEmpty("/api/terminals/" + t.id() + "/enable").expectStatus().is2xxSuccessful();
        assertThat(sendAlone(disabled, t.key()).text(39)).isEqualTo("00");
    }

    @Test
    void aSignOnWithAnotherDevicesSerialIsRefusedAndClosed() throws Exception {
        Registered t = f.terminal("FREE_AMOUNT", Map.of());
        String serial = (String) f.admin.read("/api/terminals/" + t.id()).get("serial");
        IsoMessage signOn = IsoMessage.builder("0800").set(11, nextTrace()).set(41, t.code()).set(70, "001").build();

        for (String wrong : List.of(serial + "X", serial.toLowerCase() + "' OR '1'='1", "")) {
            IsoMessage attempt = signOn.toBuilder().set(63, wrong.isEmpty() ? " " : wrong).build();
            IsoMessage reply = sendAlone(TerminalConnection.encode(attempt, t.key()), true);
            assertThat(reply.text(39)).as(wrong).isEqualTo("63");
        }
        assertThat(sendAlone(signOn.toBuilder().set(63, serial).build(), t.key()).text(39)).isEqualTo("00");
    }
}
