package org.onecard.terminal.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Outcome;
import org.onecard.common.outcome.Outcome.Done;
import org.onecard.common.outcome.Outcome.Refused;
import org.onecard.terminal.TerminalPurpose;
import org.onecard.terminal.WorkMode;

class TerminalDraftTests {

    @Test
    void machineNumbersRunFrom1To999() {
        assertThat(TerminalDraft.checkMachineNo(1)).isEqualTo(Outcome.done(1));
        assertThat(TerminalDraft.checkMachineNo(999)).isEqualTo(Outcome.done(999));
        assertThat(field(TerminalDraft.checkMachineNo(0))).isEqualTo("machineNo");
        assertThat(field(TerminalDraft.checkMachineNo(1000))).isEqualTo("machineNo");
        assertThat(field(TerminalDraft.checkMachineNo(-5))).isEqualTo("machineNo");
        assertThat(field(TerminalDraft.checkMachineNo(null))).isEqualTo("machineNo");
    }

    @Test
    void aGoodDraftIsTrimmedWithDefaults() {
        TerminalDraft clean = done(draft(" SN-2024.001_A ", "  ", WorkMode.FREE_AMOUNT, null, null).check());

        assertThat(clean).isEqualTo(new TerminalDraft("SN-2024.001_A", null, TerminalPurpose.CONSUMPTION, 7L,
                WorkMode.FREE_AMOUNT, null, 0));
        assertThat(done(draft("S1", " POS-9 ", WorkMode.FREE_AMOUNT, null, 3600).check()).model()).isEqualTo("POS-9");
    }

    @Test
    void serialsAreShortLettersDigitsAndSimplePunctuation() {
        assertThat(field(draft(null, null, WorkMode.FREE_AMOUNT, null, null).check())).isEqualTo("serial");
        assertThat(field(draft("  ", null, WorkMode.FREE_AMOUNT, null, null).check())).isEqualTo("serial");
        assertThat(field(draft("SN 1", null, WorkMode.FREE_AMOUNT, null, null).check())).isEqualTo("serial");
        assertThat(field(draft("序列号", null, WorkMode.FREE_AMOUNT, null, null).check())).isEqualTo("serial");
        assertThat(field(draft("x".repeat(33), null, WorkMode.FREE_AMOUNT, null, null).check())).isEqualTo("serial");
        assertThat(draft("x".repeat(32), null, WorkMode.FREE_AMOUNT, null, null).check()).isInstanceOf(Done.class);
    }

    @Test
    void otherFieldsAreCheckedByName() {
        assertThat(field(draft("S", "m".repeat(51), WorkMode.FREE_AMOUNT, null, null).check())).isEqualTo("model");
        assertThat(field(draft("S", "a\tb", WorkMode.FREE_AMOUNT, null, null).check())).isEqualTo("model");
        assertThat(field(new TerminalDraft("S", null, null, 7L, WorkMode.FREE_AMOUNT, null, null).check()))
                .isEqualTo("purpose");
        assertThat(field(new TerminalDraft("S", null, TerminalPurpose.CASHIER, null, WorkMode.FREE_AMOUNT, null, null)
                .check())).isEqualTo("outletId");
        assertThat(field(draft("S", null, null, null, null).check())).isEqualTo("mode");
        assertThat(field(draft("S", null, WorkMode.FREE_AMOUNT, null, -1).check()))
                .isEqualTo("sameCardIntervalSeconds");
        assertThat(field(draft("S", null, WorkMode.FREE_AMOUNT, null, 3601).check()))
                .isEqualTo("sameCardIntervalSeconds");
    }

    @Test
    void aFixedAmountBelongsToTheFixedModeOnly() {
        assertThat(done(draft("S", null, WorkMode.FIXED, 550L, null).check()).fixedAmountFen()).isEqualTo(550L);
        assertThat(draft("S", null, WorkMode.FIXED, 999_999L, null).check()).isInstanceOf(Done.class);
        assertThat(field(draft("S", null, WorkMode.FIXED, null, null).check())).isEqualTo("fixedAmountFen");
        assertThat(field(draft("S", null, WorkMode.FIXED, 0L, null).check())).isEqualTo("fixedAmountFen");
        assertThat(field(draft("S", null, WorkMode.FIXED, 1_000_000L, null).check())).isEqualTo("fixedAmountFen");
        assertThat(field(draft("S", null, WorkMode.KEY_VALUE, 500L, null).check())).isEqualTo("fixedAmountFen");
    }

    @Test
    void macKeysAre32RandomBytesShownAsHexAndNeverPrinted() {
        SecureRandom random = new SecureRandom();
        MacKey one = MacKey.random(random);
        MacKey two = MacKey.random(random);

        assertThat(one.bytes()).hasSize(32);
        assertThat(one.hex()).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(one).isNotEqualTo(two);
        assertThat(one.toString()).doesNotContain(one.hex().substring(0, 8));
        byte[] copy = one.bytes();
        copy[0] ^= 1;
        assertThat(one.bytes()[0]).as("the key cannot be changed from outside").isNotEqualTo(copy[0]);
    }

    private static TerminalDraft draft(String serial, String model, WorkMode mode, Long fixed, Integer interval) {
        return new TerminalDraft(serial, model, TerminalPurpose.CONSUMPTION, 7L, mode, fixed, interval);
    }

    private static TerminalDraft done(Outcome<TerminalDraft> outcome) {
        assertThat(outcome).isInstanceOf(Done.class);
        return ((Done<TerminalDraft>) outcome).value();
    }

    private static String field(Outcome<?> outcome) {
        assertThat(outcome).isInstanceOf(Refused.class);
        Refused<?> refused = (Refused<?>) outcome;
        assertThat(refused.code()).isEqualTo(ResultCode.VALIDATION_FAILED);
        return refused.fields().get(0).field();
    }
}
