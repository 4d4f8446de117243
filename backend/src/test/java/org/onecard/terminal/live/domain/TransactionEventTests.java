package org.onecard.terminal.live.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.onecard.terminal.TerminalAuth;
import org.onecard.terminal.TerminalPurpose;
import org.onecard.terminal.WorkMode;
import org.onecard.terminal.iso8583.IsoMessage;

class TransactionEventTests {

    private static final TerminalAuth T12 = new TerminalAuth(7, "00000012", 12, "SN12", 3, TerminalPurpose.CONSUMPTION,
            WorkMode.FREE_AMOUNT, true, new byte[32]);
    private static final Instant AT = Instant.parse("2026-03-15T04:30:45Z");

    @Test
    void anApprovalShowsTheAmountChargedAndTheMaskedCard() {
        IsoMessage request = IsoMessage.builder("0200").set(2, "6201000012345678").set(3, "000000")
                .set(4, "000000001250").set(11, "000123").set(41, "00000012").build();
        IsoMessage reply = IsoMessage.builder("0210").set(4, "000000001000").set(37, "000000000042").set(39, "00").build();

        TransactionEvent e = TransactionEvent.of(T12, request, reply, AT);

        assertThat(e.card()).isEqualTo("****5678");
        assertThat(e.amountFen()).isEqualTo(1000);
        assertThat(e.approved()).isTrue();
        assertThat(e.kind()).isEqualTo(TransactionKind.PURCHASE);
        assertThat(e.trace()).isEqualTo("000123");
        assertThat(e.reference()).isEqualTo("000000000042");
        assertThat(e.outletId()).isEqualTo(3);
        assertThat(e.machineNo()).isEqualTo(12);
    }

    @Test
    void aRefusalShowsTheAmountAskedAndItsCode() {
        IsoMessage request = IsoMessage.builder("0200").set(2, "123").set(3, "000000").set(4, "000000000800").build();
        IsoMessage reply = IsoMessage.builder("0210").set(39, "51").build();

        TransactionEvent e = TransactionEvent.of(T12, request, reply, AT);

        assertThat(e.card()).as("a short serial shows nothing of itself").isEqualTo("****");
        assertThat(e.amountFen()).isEqualTo(800);
        assertThat(e.approved()).isFalse();
        assertThat(e.responseCode()).isEqualTo("51");
    }

    @Test
    void kindsFollowTheMtiAndProcessingCode() {
        assertThat(TransactionKind.of("0200", "310000")).isEqualTo(TransactionKind.BALANCE_ENQUIRY);
        assertThat(TransactionKind.of("0200", "170000")).isEqualTo(TransactionKind.SUBSIDY_CLAIM);
        assertThat(TransactionKind.of("0220", null)).isEqualTo(TransactionKind.OFFLINE_ADVICE);
        assertThat(TransactionKind.of("0400", "000000")).isEqualTo(TransactionKind.REVERSAL);
        assertThat(TransactionKind.of("0800", null)).isEqualTo(TransactionKind.OTHER);
        assertThat(TransactionEvent.mask(null)).isNull();
        assertThat(TransactionKind.PURCHASE.movesMoney()).isTrue();
        assertThat(TransactionKind.REVERSAL.movesMoney()).isTrue();
        assertThat(TransactionKind.BALANCE_ENQUIRY.movesMoney()).as("an enquiry leaves no record").isFalse();
    }
}
