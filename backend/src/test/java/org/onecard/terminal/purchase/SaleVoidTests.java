package org.onecard.terminal.purchase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onecard.terminal.iso8583.IsoMessage;
import org.onecard.terminal.iso8583.PinBlock;
import org.onecard.terminal.purchase.TerminalFixture.Card;
import org.onecard.testing.Checks;
import org.onecard.testing.MariaDbTest;

/** 0200 processing code 200000: a POS sale voided with the supervisor's password, once, on MariaDB. */
@MariaDbTest
class SaleVoidTests extends OneTerminalTest {

    private long terminalId;

    @BeforeEach
    void supervisor() {
        terminalId = db.sql("SELECT id FROM terminal WHERE code = :code").bind("code", fx.code)
                .map(r -> r.get("id", Long.class)).one().block();
        fx.admin.created(operators(terminalId), Map.of("operatorNo", "00", "name", "主管", "password", "123456"));
    }

    @Test
    void aVoidSendsTheSaleBackOnceAndItsRepeatGetsTheSameReply() throws Exception {
        Card card = fx.card(10_000);
        IsoMessage sale = terminal.exchange(fx.purchase(card.serial(), 1_250, "000301"));
        IsoMessage voidRequest = voidOf(card, 1_250, sale.text(37), "000302", "123456");

        IsoMessage voided = terminal.exchange(voidRequest);
        IsoMessage again = terminal.exchange(voidRequest);
        IsoMessage secondVoid = terminal.exchange(voidOf(card, 1_250, sale.text(37), "000303", "123456"));

        assertThat(voided.mti()).isEqualTo("0210");
        assertThat(voided.text(39)).isEqualTo("00");
        assertThat(voided.text(3)).isEqualTo("200000");
        assertThat(voided.text(37)).isNotEqualTo(sale.text(37));
        assertThat(voided.text(38)).hasSize(6);
        assertThat(voided.text(54)).isEqualTo("1002156C000000010000" + "2002156C000000000000");
        assertThat(again.text(39)).isEqualTo("00");
        assertThat(again.text(37)).isEqualTo(voided.text(37));
        assertThat(secondVoid.text(39)).isEqualTo("12");
        assertThat(secondVoid.text(44)).isEqualTo("5021");
        assertThat(fx.cashFen(card)).isEqualTo(10_000);
        assertThat(fx.consumptions(card)).containsExactly("ONLINE 1250 0");
        assertThat(fx.postingsKeyed("term:" + fx.code + ":000302:")).isEqualTo(1);
        Checks.booksClean(web, fx.admin.token());
    }

    @Test
    void aWrongSupervisorPasswordIsRefusedAndKeptSoARepeatCountsOnce() throws Exception {
        Card card = fx.card(10_000);
        IsoMessage sale = terminal.exchange(fx.purchase(card.serial(), 500, "000311"));
        IsoMessage wrong = voidOf(card, 500, sale.text(37), "000312", "654321");

        IsoMessage refused = terminal.exchange(wrong);
        IsoMessage repeated = terminal.exchange(wrong);

        assertThat(refused.text(39)).isEqualTo("55");
        assertThat(refused.text(44)).isEqualTo("5131");
        assertThat(repeated.text(44)).isEqualTo("5131");
        assertThat(db.sql("SELECT failed_attempts FROM terminal_operator WHERE terminal_id = :t").bind("t", terminalId)
                .map(r -> r.get("failed_attempts", Integer.class)).one().block()).isEqualTo(1);
        assertThat(fx.cashFen(card)).isEqualTo(9_500);
        assertThat(fx.consumptions(card)).containsExactly("ONLINE 500 null");
    }

    @Test
    void aTerminalWithoutSupervisorCannotVoid() throws Exception {
        Card card = fx.card(10_000);
        IsoMessage sale = terminal.exchange(fx.purchase(card.serial(), 500, "000321"));
        fx.admin.delete(operators(terminalId) + "/00").expectStatus().isNoContent();

        IsoMessage refused = terminal.exchange(voidOf(card, 500, sale.text(37), "000322", "123456"));

        assertThat(refused.text(44)).isEqualTo("5130");
        assertThat(fx.cashFen(card)).isEqualTo(9_500);
    }

    @Test
    void onlyThisTerminalsSaleOfThisCardWithItsAmountCanBeVoided() throws Exception {
        Card card = fx.card(10_000);
        Card other = fx.card(10_000);
        IsoMessage sale = terminal.exchange(fx.purchase(card.serial(), 800, "000331"));
        TerminalFixture.Registered second = fx.terminal("FREE_AMOUNT", Map.of("model", "TX-100"));
        String elsewhere;
        try (PurchaseTerminal t2 = new PurchaseTerminal(server.port(), second.key())) {
            elsewhere = t2.exchange(fx.purchaseAt(second, card.serial(), 300L, "000332").build()).text(37);
        }

        assertThat(terminal.exchange(voidOf(card, 300, elsewhere, "000333", "123456")).text(44)).isEqualTo("5134");
        assertThat(terminal.exchange(voidOf(other, 800, sale.text(37), "000334", "123456")).text(44)).isEqualTo("5134");
        assertThat(terminal.exchange(voidOf(card, 800, "000000000001", "000335", "123456")).text(44)).isEqualTo("5134");
        IsoMessage amount = terminal.exchange(voidOf(card, 700, sale.text(37), "000336", "123456"));
        assertThat(amount.text(39)).isEqualTo("64");
        assertThat(amount.text(44)).isEqualTo("5136");
        assertThat(fx.cashFen(card)).isEqualTo(8_900);
    }

    @Test
    void aReversedSaleOrOneOfAnotherDayIsNotVoided() throws Exception {
        Card card = fx.card(10_000);
        IsoMessage original = fx.purchase(card.serial(), 400, "000341");
        IsoMessage reversedSale = terminal.exchange(original);
        terminal.exchange(TerminalFixture.reversalOf(original, "000342"));
        IsoMessage yesterday = terminal.exchange(fx.purchase(card.serial(), 600, "000343"));
        db.sql("UPDATE consumption SET accounting_date = :d WHERE posting_id = :p")
                .bind("d", clock.accountingDate(clock.now()).minusDays(1))
                .bind("p", Long.parseLong(yesterday.text(37))).fetch().rowsUpdated().block();

        IsoMessage reversed = terminal.exchange(voidOf(card, 400, reversedSale.text(37), "000344", "123456"));
        IsoMessage old = terminal.exchange(voidOf(card, 600, yesterday.text(37), "000345", "123456"));

        assertThat(reversed.text(44)).isEqualTo("5021");
        assertThat(old.text(39)).isEqualTo("12");
        assertThat(old.text(44)).isEqualTo("5135");
        assertThat(fx.cashFen(card)).isEqualTo(9_400);
    }

    @Test
    void aVoidWithoutReferencePasswordOrAmountIsAFormatErrorAndOtherContentUnderItsKeyIs94() throws Exception {
        Card card = fx.card(10_000);
        IsoMessage sale = terminal.exchange(fx.purchase(card.serial(), 500, "000351"));
        IsoMessage v = voidOf(card, 500, sale.text(37), "000352", "123456");

        assertThat(terminal.exchange(v.toBuilder().remove(37).build()).text(39)).isEqualTo("30");
        assertThat(terminal.exchange(v.toBuilder().set(37, "12345678901A").build()).text(39)).isEqualTo("30");
        assertThat(terminal.exchange(v.toBuilder().remove(52).build()).text(39)).isEqualTo("30");
        assertThat(terminal.exchange(v.toBuilder().remove(4).build()).text(39)).isEqualTo("30");
        assertThat(terminal.exchange(v).text(39)).isEqualTo("00");
        assertThat(terminal.exchange(v.toBuilder().set(4, String.format("%012d", 499)).build()).text(39))
                .isEqualTo("94");
        IsoMessage other = terminal.exchange(fx.purchase(card.serial(), 500, "000353"));
        assertThat(terminal.exchange(v.toBuilder().set(37, other.text(37)).build()).text(39))
                .as("another sale named under the void's key").isEqualTo("94");
        assertThat(fx.cashFen(card)).isEqualTo(9_500);
    }

    static String operators(long terminalId) {
        return "/api/terminals/" + terminalId + "/operators";
    }

    private IsoMessage voidOf(Card card, long amountFen, String reference, String trace, String password) {
        return fx.purchase(card.serial(), amountFen, trace).toBuilder().set(3, "200000").set(37, reference)
                .set(52, PinBlock.of(password)).build();
    }
}
