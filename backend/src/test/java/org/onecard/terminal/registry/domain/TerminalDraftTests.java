package org.onecard.terminal.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Outcome;
import org.onecard.common.outcome.Outcome.Done;
import org.onecard.common.outcome.Outcome.Refused;
import org.onecard.terminal.TerminalPurpose;
import org.onecard.terminal.WorkMode;
import org.onecard.terminal.authz.ModeWindow;
import org.onecard.terminal.authz.TimeSegment;
import org.onecard.terminal.authz.TimedTariff;

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
                WorkMode.FREE_AMOUNT, null, 0, ModeSetup.none()));
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
        assertThat(field(new TerminalDraft("S", null, null, 7L, WorkMode.FREE_AMOUNT, null, null, null).check()))
                .isEqualTo("purpose");
        assertThat(field(new TerminalDraft("S", null, TerminalPurpose.CASHIER, null, WorkMode.FREE_AMOUNT, null, null,
                null).check())).isEqualTo("outletId");
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
    void eachModesValuesAreCheckedAndKeptInOrder() {
        List<TimeSegment> segments = List.of(new TimeSegment(T12, T14, 900), new TimeSegment(T6, T10, 300));
        TerminalDraft bySegment = done(draft(WorkMode.FIXED_BY_SEGMENT, setup(segments, null, null, null)).check());
        assertThat(bySegment.setup().segments()).extracting(TimeSegment::amountFen).containsExactly(300L, 900L);

        List<KeyValue> keys = List.of(new KeyValue(99, 2_500L), new KeyValue(1, 500L));
        assertThat(done(draft(WorkMode.KEY_VALUE, setup(null, keys, null, null)).check()).setup().keys())
                .extracting(KeyValue::keyNo).containsExactly(1, 99);
        assertThat(draft(WorkMode.TIMED, setup(null, null, new TimedTariff(1_200, 30), null)).check())
                .isInstanceOf(Done.class);
        assertThat(draft(WorkMode.PRODUCT, ModeSetup.none()).check()).isInstanceOf(Done.class);
        assertThat(draft(WorkMode.COUNT_ONLY, null).check()).isInstanceOf(Done.class);
    }

    @Test
    void aModesValuesAreRequiredWhenUsedAndRefusedOtherwise() {
        TimeSegment noon = new TimeSegment(T12, T14, 900);
        assertThat(field(draft(WorkMode.FIXED_BY_SEGMENT, ModeSetup.none()).check())).isEqualTo("segments");
        assertThat(field(draft(WorkMode.KEY_VALUE, ModeSetup.none()).check())).isEqualTo("keyValues");
        assertThat(field(draft(WorkMode.TIMED, ModeSetup.none()).check())).isEqualTo("timedTariff");
        assertThat(field(draft(WorkMode.FREE_AMOUNT, setup(List.of(noon), null, null, null)).check()))
                .isEqualTo("segments");
        assertThat(field(draft(WorkMode.FIXED, setup(null, List.of(new KeyValue(1, 100L)), null, null)).check()))
                .isEqualTo("fixedAmountFen");
        assertThat(field(draft(WorkMode.FREE_AMOUNT, setup(null, null, new TimedTariff(100, 30), null)).check()))
                .isEqualTo("timedTariff");
        // a switch to a mode needs that mode's values too
        ModeWindow toSegments = new ModeWindow(T12, T14, WorkMode.FIXED_BY_SEGMENT, 0);
        assertThat(field(draft(WorkMode.FREE_AMOUNT, setup(null, null, null, List.of(toSegments))).check()))
                .isEqualTo("segments");
        assertThat(draft(WorkMode.FREE_AMOUNT, setup(List.of(noon), null, null, List.of(toSegments))).check())
                .isInstanceOf(Done.class);
    }

    @Test
    void badSegmentsKeysTariffsAndSwitchesAreNamed() {
        assertThat(field(bySegment(new TimeSegment(T12, T12, 900)))).isEqualTo("segments[0].end");
        assertThat(field(bySegment(new TimeSegment(null, T12, 900)))).isEqualTo("segments[0].start");
        assertThat(field(bySegment(new TimeSegment(T6, T10, 300), new TimeSegment(T10, T12, 0))))
                .isEqualTo("segments[1].amountFen");
        assertThat(field(bySegment(new TimeSegment(T6, T12, 300), new TimeSegment(T10, T14, 900)))).isEqualTo("segments");
        assertThat(field(keys(new KeyValue(0, 100L)))).isEqualTo("keyValues[0].keyNo");
        assertThat(field(keys(new KeyValue(100, 100L)))).isEqualTo("keyValues[0].keyNo");
        assertThat(field(keys(new KeyValue(3, 100L), new KeyValue(3, 200L)))).isEqualTo("keyValues[1].keyNo");
        assertThat(field(keys(new KeyValue(3, 1_000_000L)))).isEqualTo("keyValues[0].amountFen");
        assertThat(field(draft(WorkMode.TIMED, setup(null, null, new TimedTariff(0, 30), null)).check()))
                .isEqualTo("timedTariff.pricePerHourFen");
        assertThat(field(draft(WorkMode.TIMED, setup(null, null, new TimedTariff(100, 1441), null)).check()))
                .isEqualTo("timedTariff.roundingUnitMinutes");
        assertThat(field(switches(new ModeWindow(T12, T14, WorkMode.FIXED, 0)))).isEqualTo("modeSwitches[0].fixedAmountFen");
        assertThat(field(switches(new ModeWindow(T12, T14, WorkMode.COUNT_ONLY, 500))))
                .isEqualTo("modeSwitches[0].fixedAmountFen");
        assertThat(field(switches(new ModeWindow(T14, T12, WorkMode.COUNT_ONLY, 0)))).isEqualTo("modeSwitches[0].end");
        assertThat(field(switches(new ModeWindow(T12, T14, null, 0)))).isEqualTo("modeSwitches[0].mode");
        assertThat(field(switches(new ModeWindow(T10, T14, WorkMode.COUNT_ONLY, 0),
                new ModeWindow(T12, LocalTime.of(15, 0), WorkMode.FIXED, 800)))).isEqualTo("modeSwitches");
        assertThat(switches(new ModeWindow(T10, T12, WorkMode.COUNT_ONLY, 0), new ModeWindow(T12, T14, WorkMode.FIXED, 800)))
                .isInstanceOf(Done.class);
    }

    private static final LocalTime T6 = LocalTime.of(6, 0);
    private static final LocalTime T10 = LocalTime.of(10, 0);
    private static final LocalTime T12 = LocalTime.of(12, 0);
    private static final LocalTime T14 = LocalTime.of(14, 0);

    private static Outcome<TerminalDraft> bySegment(TimeSegment... segments) {
        return draft(WorkMode.FIXED_BY_SEGMENT, setup(Arrays.asList(segments), null, null, null)).check();
    }

    private static Outcome<TerminalDraft> keys(KeyValue... keys) {
        return draft(WorkMode.KEY_VALUE, setup(null, Arrays.asList(keys), null, null)).check();
    }

    private static Outcome<TerminalDraft> switches(ModeWindow... windows) {
        return draft(WorkMode.FREE_AMOUNT, setup(null, null, null, Arrays.asList(windows))).check();
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
        return new TerminalDraft(serial, model, TerminalPurpose.CONSUMPTION, 7L, mode, fixed, interval, null);
    }

    private static TerminalDraft draft(WorkMode mode, ModeSetup setup) {
        return new TerminalDraft("S", null, TerminalPurpose.CONSUMPTION, 7L, mode, null, null, setup);
    }

    private static ModeSetup setup(List<TimeSegment> segments, List<KeyValue> keys, TimedTariff tariff,
                                   List<ModeWindow> switches) {
        return new ModeSetup(segments, keys, tariff, switches);
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
