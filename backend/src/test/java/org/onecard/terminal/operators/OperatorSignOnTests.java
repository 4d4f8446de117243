package org.onecard.terminal.operators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.iso8583.PinBlock;
import org.onecard.terminal.purchase.OneTerminalTest;
import org.onecard.terminal.purchase.TerminalFixture.Card;
import org.onecard.testing.MariaDbTest;

/** 0800/101 operator sign-on over a real socket on MariaDB, and the sales it records. */
@MariaDbTest
class OperatorSignOnTests extends OneTerminalTest {

    private long terminalId;
    private int trace = 700;

    @BeforeEach
    void operators() {
        terminalId = db.sql("SELECT id FROM terminal WHERE code = :code").bind("code", fx.code)
                .map(r -> r.get("id", Long.class)).one().block();
        fx.admin.created(uri(), Map.of("operatorNo", "01", "name", "收银员甲", "password", "1234"));
    }

    @Test
    void aTerminalWithACashierSellsOnlyWhileAnOperatorIsSignedOnAndTheSalesRecordThem() throws Exception {
        Card card = fx.card(5_000);
        IsoMessage before = terminal.exchange(fx.purchase(card.serial(), 100, "000800"));
        IsoMessage reply = terminal.exchange(signOn("01", "1234"));
        assertThat(terminal.exchange(fx.purchase(card.serial(), 300, "000801")).text(39)).isEqualTo("00");
        terminal.exchange(signOff());
        IsoMessage after = terminal.exchange(fx.purchase(card.serial(), 200, "000802"));

        assertThat(before.text(39)).isEqualTo("58");
        assertThat(before.text(44)).isEqualTo("5149");
        assertThat(after.text(44)).isEqualTo("5149");
        assertThat(reply.mti()).isEqualTo("0810");
        assertThat(reply.text(39)).isEqualTo("00");
        assertThat(reply.text(70)).isEqualTo("101");
        assertThat(reply.text(62)).isEqualTo("01");
        assertThat(reply.has(44)).isFalse();
        assertThat(fx.cashFen(card)).isEqualTo(4_700);
        assertThat(db.sql("SELECT terminal_operator_id FROM consumption WHERE card_id = :c ORDER BY posting_id")
                .bind("c", card.id()).map(r -> String.valueOf(r.get("terminal_operator_id", Long.class)))
                .all().collectList().block()).containsExactly(String.valueOf(operatorId("01")));
    }

    @Test
    void aTerminalWithoutEnabledCashiersSellsWithNobodySignedOn() throws Exception {
        fx.admin.created(uri(), Map.of("operatorNo", "00", "name", "主管", "password", "4321"));
        Card card = fx.card(5_000);
        assertThat(terminal.exchange(fx.purchase(card.serial(), 100, "000811")).text(44)).isEqualTo("5149");

        // the card centre disables the only cashier: the supervisor alone does not make sign-on needed
        fx.admin.postEmpty(uri() + "/01/disable").expectStatus().isOk();
        IsoMessage sale = terminal.exchange(fx.purchase(card.serial(), 100, "000812"));
        fx.admin.postEmpty(uri() + "/01/enable").expectStatus().isOk();
        IsoMessage again = terminal.exchange(fx.purchase(card.serial(), 100, "000813"));

        assertThat(sale.text(39)).isEqualTo("00");
        assertThat(again.text(44)).as("the cashier is back: at once, not after the cache's time").isEqualTo("5149");
        assertThat(fx.cashFen(card)).isEqualTo(4_900);
    }

    @Test
    void threeWrongPasswordsLockTheOperatorUntilTheCardCentreResetsIt() throws Exception {
        IsoMessage first = terminal.exchange(signOn("01", "9999"));
        IsoMessage second = terminal.exchange(signOn("01", "9999"));
        IsoMessage third = terminal.exchange(signOn("01", "9999"));
        IsoMessage rightButLocked = terminal.exchange(signOn("01", "1234"));

        assertThat(first.text(39)).isEqualTo("55");
        assertThat(first.text(44)).isEqualTo("5131");
        assertThat(second.text(44)).isEqualTo("5131");
        assertThat(third.text(39)).isEqualTo("75");
        assertThat(third.text(44)).isEqualTo("5132");
        assertThat(rightButLocked.text(44)).isEqualTo("5132");
        assertThat(fx.admin.get(uri()).expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody())
                .contains("\"locked\":true");

        fx.admin.put(uri() + "/01/password", Map.of("password", "5678")).expectStatus().isOk();
        assertThat(terminal.exchange(signOn("01", "1234")).text(44)).isEqualTo("5131");
        assertThat(terminal.exchange(signOn("01", "5678")).text(39)).isEqualTo("00");
    }

    @Test
    void aRightPasswordClearsTheCountOfWrongOnes() throws Exception {
        terminal.exchange(signOn("01", "0000"));
        terminal.exchange(signOn("01", "0000"));
        assertThat(terminal.exchange(signOn("01", "1234")).text(39)).isEqualTo("00");
        assertThat(terminal.exchange(signOn("01", "0000")).text(44)).isEqualTo("5131");
        assertThat(terminal.exchange(signOn("01", "0000")).text(44)).isEqualTo("5131");
    }

    @Test
    void anUnknownOrDisabledOperatorIsRefused() throws Exception {
        assertThat(terminal.exchange(signOn("02", "1234")).text(44)).isEqualTo("5130");
        fx.admin.postEmpty(uri() + "/01/disable").expectStatus().isOk();
        IsoMessage disabled = terminal.exchange(signOn("01", "1234"));
        fx.admin.postEmpty(uri() + "/01/enable").expectStatus().isOk();

        assertThat(disabled.text(39)).isEqualTo("12");
        assertThat(disabled.text(44)).isEqualTo("5130");
        assertThat(terminal.exchange(signOn("01", "1234")).text(39)).isEqualTo("00");
    }

    @Test
    void anOperatorOfAnotherTerminalCannotSignOnHere() throws Exception {
        var other = fx.terminal("FREE_AMOUNT", Map.of("model", "TX-100"));
        fx.admin.created("/api/terminals/" + other.id() + "/operators",
                Map.of("operatorNo", "02", "name", "别处的", "password", "1234"));

        assertThat(terminal.exchange(signOn("02", "1234")).text(44)).isEqualTo("5130");
    }

    @Test
    void aSignOnWithoutNumberOrReadablePasswordIsAFormatError() throws Exception {
        IsoMessage noNumber = terminal.exchange(signOn("01", "1234").toBuilder().remove(62).build());
        IsoMessage badNumber = terminal.exchange(signOn("01", "1234").toBuilder().set(62, "1A").build());
        IsoMessage noPassword = terminal.exchange(signOn("01", "1234").toBuilder().remove(52).build());
        IsoMessage badBlock = terminal.exchange(signOn("01", "1234").toBuilder().set(52, new byte[8]).build());

        assertThat(noNumber.text(39)).isEqualTo("30");
        assertThat(badNumber.text(39)).isEqualTo("30");
        assertThat(noPassword.text(39)).isEqualTo("30");
        assertThat(badBlock.text(39)).isEqualTo("30");
        assertThat(db.sql("SELECT failed_attempts FROM terminal_operator WHERE id = :id").bind("id", operatorId("01"))
                .map(r -> r.get("failed_attempts", Integer.class)).one().block()).isZero();
    }

    private IsoMessage signOn(String operatorNo, String password) {
        return IsoMessage.builder("0800").set(11, String.format("%06d", ++trace)).set(41, fx.code).set(70, "101")
                .set(62, operatorNo).set(52, PinBlock.of(password)).build();
    }

    private IsoMessage signOff() {
        return IsoMessage.builder("0800").set(11, String.format("%06d", ++trace)).set(41, fx.code).set(70, "102").build();
    }

    private long operatorId(String operatorNo) {
        return db.sql("SELECT id FROM terminal_operator WHERE terminal_id = :t AND operator_no = :no")
                .bind("t", terminalId).bind("no", operatorNo).map(r -> r.get("id", Long.class)).one().block();
    }

    private String uri() {
        return "/api/terminals/" + terminalId + "/operators";
    }
}
