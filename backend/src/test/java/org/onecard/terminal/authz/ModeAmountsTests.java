package org.onecard.terminal.authz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Outcome;
import org.onecard.rules.domain.SystemParameters;
import org.onecard.terminal.WorkMode;

class ModeAmountsTests {

    static final LocalTime NOON = LocalTime.of(12, 0);
    static final Entry NOTHING = new Entry.Nothing();

    static ModeSettings segments() {
        return new ModeSettings(0, List.of(
                new TimeSegment(LocalTime.of(6, 0), LocalTime.of(10, 0), 300),
                new TimeSegment(LocalTime.of(10, 0), LocalTime.of(14, 0), 1_200)), Map.of(), null);
    }

    static ModeSettings tariff(long perHourFen, int unitMinutes) {
        return new ModeSettings(0, List.of(), Map.of(), new TimedTariff(perHourFen, unitMinutes));
    }

    static Outcome<Long> amount(WorkMode mode, ModeSettings settings, LocalTime time, Entry entry) {
        return ModeAmounts.amount(mode, settings, time, entry);
    }

    static void assertAmount(Outcome<Long> outcome, long fen) {
        assertThat(outcome).isEqualTo(Outcome.done(fen));
    }

    static void assertRefused(Outcome<Long> outcome, ResultCode code) {
        assertThat(outcome).isInstanceOfSatisfying(Outcome.Refused.class, r -> assertThat(r.code()).isEqualTo(code));
    }

    @Test
    void freeAmountTakesTheKeyedAmountWithinRange() {
        assertAmount(amount(WorkMode.FREE_AMOUNT, ModeSettings.none(), NOON, new Entry.Amount(1)), 1);
        assertAmount(amount(WorkMode.FREE_AMOUNT, ModeSettings.none(), NOON,
                new Entry.Amount(SystemParameters.MAX_AMOUNT_FEN)), SystemParameters.MAX_AMOUNT_FEN);
        assertRefused(amount(WorkMode.FREE_AMOUNT, ModeSettings.none(), NOON, new Entry.Amount(0)), ResultCode.INVALID_AMOUNT);
        assertRefused(amount(WorkMode.FREE_AMOUNT, ModeSettings.none(), NOON, new Entry.Amount(-5)), ResultCode.INVALID_AMOUNT);
        assertRefused(amount(WorkMode.FREE_AMOUNT, ModeSettings.none(), NOON,
                new Entry.Amount(SystemParameters.MAX_AMOUNT_FEN + 1)), ResultCode.INVALID_AMOUNT);
        assertRefused(amount(WorkMode.FREE_AMOUNT, ModeSettings.none(), NOON, NOTHING), ResultCode.MODE_ENTRY_INVALID);
        assertRefused(amount(WorkMode.FREE_AMOUNT, ModeSettings.none(), NOON, new Entry.Key(1)), ResultCode.MODE_ENTRY_INVALID);
    }

    @Test
    void fixedUsesTheTerminalsAmountAndRefusesAStaleOne() {
        ModeSettings fixed = ModeSettings.none().withFixedAmount(800);
        assertAmount(amount(WorkMode.FIXED, fixed, NOON, NOTHING), 800);
        assertAmount(amount(WorkMode.FIXED, fixed, NOON, new Entry.Amount(800)), 800);
        assertAmount(amount(WorkMode.FIXED, fixed, NOON, new Entry.Amount(0)), 800);
        assertRefused(amount(WorkMode.FIXED, fixed, NOON, new Entry.Amount(700)), ResultCode.INVALID_AMOUNT);
        assertRefused(amount(WorkMode.FIXED, fixed, NOON, new Entry.Key(1)), ResultCode.MODE_ENTRY_INVALID);
        assertRefused(amount(WorkMode.FIXED, ModeSettings.none(), NOON, NOTHING), ResultCode.WORK_MODE_NOT_SET_UP);
    }

    @Test
    void fixedBySegmentPicksTheSegmentHoldingTheTime() {
        assertAmount(amount(WorkMode.FIXED_BY_SEGMENT, segments(), LocalTime.of(6, 0), NOTHING), 300);
        assertAmount(amount(WorkMode.FIXED_BY_SEGMENT, segments(), LocalTime.of(9, 59, 59), NOTHING), 300);
        assertAmount(amount(WorkMode.FIXED_BY_SEGMENT, segments(), LocalTime.of(10, 0), NOTHING), 1_200);
        assertAmount(amount(WorkMode.FIXED_BY_SEGMENT, segments(), LocalTime.of(13, 0), new Entry.Amount(1_200)), 1_200);
        assertRefused(amount(WorkMode.FIXED_BY_SEGMENT, segments(), LocalTime.of(13, 0), new Entry.Amount(300)),
                ResultCode.INVALID_AMOUNT);
        assertRefused(amount(WorkMode.FIXED_BY_SEGMENT, segments(), LocalTime.of(14, 0), NOTHING),
                ResultCode.WORK_MODE_NOT_SET_UP);
        assertRefused(amount(WorkMode.FIXED_BY_SEGMENT, segments(), LocalTime.of(5, 59), NOTHING),
                ResultCode.WORK_MODE_NOT_SET_UP);
    }

    @Test
    void keyValueMapsKeysOneToNinetyNine() {
        ModeSettings keys = Requests.keys(Map.of(1, 500L, 99, 2_500L, 5, 0L));
        assertAmount(amount(WorkMode.KEY_VALUE, keys, NOON, new Entry.Key(1)), 500);
        assertAmount(amount(WorkMode.KEY_VALUE, keys, NOON, new Entry.Key(99)), 2_500);
        assertRefused(amount(WorkMode.KEY_VALUE, keys, NOON, new Entry.Key(2)), ResultCode.KEY_NOT_SET);
        assertRefused(amount(WorkMode.KEY_VALUE, keys, NOON, new Entry.Key(5)), ResultCode.KEY_NOT_SET);
        assertRefused(amount(WorkMode.KEY_VALUE, keys, NOON, new Entry.Key(0)), ResultCode.KEY_NOT_SET);
        assertRefused(amount(WorkMode.KEY_VALUE, keys, NOON, new Entry.Key(100)), ResultCode.KEY_NOT_SET);
        assertRefused(amount(WorkMode.KEY_VALUE, keys, NOON, new Entry.Amount(500)), ResultCode.MODE_ENTRY_INVALID);
    }

    @Test
    void productLinesArePricedFromTheOutletAndSumEachRoundedHalfUp() {
        Map<String, ProductPrice> prices = Map.of("6901234567892", new ProductPrice(350, 100),
                "6901234567893", new ProductPrice(199, 85), "6901234567894", new ProductPrice(1, 50));
        Entry sale = new Entry.Products(List.of(
                new SaleItem("6901234567892", 3),    // 1050
                new SaleItem("6901234567893", 1),    // 169.15 → 169
                new SaleItem("6901234567894", 1)));  // 0.5 → 1
        assertAmount(amount(WorkMode.PRODUCT, ModeSettings.none().withProducts(prices), NOON, sale), 1_220);
    }

    @Test
    void productLinesAreChecked() {
        assertRefused(products(), ResultCode.MODE_ENTRY_INVALID);
        assertRefused(products(new SaleItem(" ", 1)), ResultCode.MODE_ENTRY_INVALID);
        assertRefused(products(new SaleItem("x".repeat(33), 1)), ResultCode.MODE_ENTRY_INVALID);
        assertRefused(products(new SaleItem("a", 0)), ResultCode.INVALID_AMOUNT);
        assertRefused(products(new SaleItem("a", 10_000)), ResultCode.INVALID_AMOUNT);
        assertRefused(products(new SaleItem("unknown", 1)), ResultCode.PRODUCT_NOT_FOUND);
        assertRefused(products(new SaleItem("negative", 1)), ResultCode.INVALID_AMOUNT);
        assertRefused(products(new SaleItem("free", 1)), ResultCode.INVALID_AMOUNT);
        assertRefused(products(new SaleItem("max", 1), new SaleItem("a", 1)), ResultCode.INVALID_AMOUNT);
        SaleItem one = new SaleItem("a", 1);
        assertRefused(products(java.util.Collections.nCopies(100, one).toArray(SaleItem[]::new)),
                ResultCode.MODE_ENTRY_INVALID);
        assertAmount(products(java.util.Collections.nCopies(99, one).toArray(SaleItem[]::new)), 99);
        assertAmount(products(new SaleItem("a", 2), new SaleItem("free", 1)), 2);
        assertRefused(amount(WorkMode.PRODUCT, ModeSettings.none(), NOON, new Entry.Amount(100)), ResultCode.MODE_ENTRY_INVALID);
    }

    static Outcome<Long> products(SaleItem... items) {
        Map<String, ProductPrice> prices = Map.of("a", new ProductPrice(1, 100), "free", new ProductPrice(0, 100),
                "negative", new ProductPrice(-1, 100), "max", new ProductPrice(SystemParameters.MAX_AMOUNT_FEN, 100));
        return amount(WorkMode.PRODUCT, ModeSettings.none().withProducts(prices), NOON, new Entry.Products(List.of(items)));
    }

    @Test
    void anAmountShownWithAKeyProductsOrDurationMustBeTheServersAmount() {
        ModeSettings keys = Requests.keys(Map.of(1, 500L));
        assertAmount(amount(WorkMode.KEY_VALUE, keys, NOON, new Entry.Shown(new Entry.Key(1), 500)), 500);
        assertRefused(amount(WorkMode.KEY_VALUE, keys, NOON, new Entry.Shown(new Entry.Key(1), 450)),
                ResultCode.INVALID_AMOUNT);
        assertRefused(amount(WorkMode.KEY_VALUE, keys, NOON, new Entry.Shown(new Entry.Key(2), 500)),
                ResultCode.KEY_NOT_SET);
        assertAmount(amount(WorkMode.TIMED, tariff(1_000, 30), NOON,
                new Entry.Shown(new Entry.Timed(Duration.ofMinutes(45)), 1_000)), 1_000);
        assertRefused(amount(WorkMode.FIXED, ModeSettings.none().withFixedAmount(800), NOON,
                new Entry.Shown(new Entry.Key(1), 800)), ResultCode.MODE_ENTRY_INVALID);
        assertRefused(amount(WorkMode.KEY_VALUE, keys, NOON,
                new Entry.Shown(new Entry.Shown(new Entry.Key(1), 500), 500)), ResultCode.MODE_ENTRY_INVALID);
    }

    @Test
    void timedRoundsEveryStartedUnitUp() {
        ModeSettings halfHours = tariff(1_000, 30);
        assertAmount(timed(halfHours, Duration.ofMinutes(30)), 500);
        assertAmount(timed(halfHours, Duration.ofMinutes(30).plusSeconds(1)), 1_000);
        assertAmount(timed(halfHours, Duration.ofMinutes(30).plusNanos(1)), 1_000);
        assertAmount(timed(halfHours, Duration.ofSeconds(1)), 500);
        assertAmount(timed(halfHours, Duration.ofMinutes(61)), 1_500);
        assertAmount(timed(tariff(100, 20), Duration.ofMinutes(20)), 33);   // 33.33 → 33
        assertAmount(timed(tariff(100, 1), Duration.ofSeconds(30)), 2);     // 1.67 → 2
        assertAmount(timed(halfHours, Duration.ofHours(24)), 24_000);
    }

    @Test
    void timedNeedsATariffAndAPlausibleDuration() {
        assertRefused(timed(ModeSettings.none(), Duration.ofMinutes(5)), ResultCode.WORK_MODE_NOT_SET_UP);
        assertRefused(timed(tariff(1_000, 0), Duration.ofMinutes(5)), ResultCode.WORK_MODE_NOT_SET_UP);
        assertRefused(timed(tariff(0, 30), Duration.ofMinutes(5)), ResultCode.WORK_MODE_NOT_SET_UP);
        assertRefused(timed(tariff(1_000, 30), Duration.ZERO), ResultCode.INVALID_AMOUNT);
        assertRefused(timed(tariff(1_000, 30), Duration.ofMinutes(-1)), ResultCode.INVALID_AMOUNT);
        assertRefused(timed(tariff(1_000, 30), Duration.ofHours(24).plusSeconds(1)), ResultCode.INVALID_AMOUNT);
        assertRefused(timed(tariff(1_000, 30), null), ResultCode.INVALID_AMOUNT);
        assertRefused(amount(WorkMode.TIMED, tariff(1_000, 30), NOON, new Entry.Amount(500)), ResultCode.MODE_ENTRY_INVALID);
    }

    static Outcome<Long> timed(ModeSettings settings, Duration duration) {
        return amount(WorkMode.TIMED, settings, NOON, new Entry.Timed(duration));
    }

    @Test
    void countOnlyIsZeroFen() {
        assertAmount(amount(WorkMode.COUNT_ONLY, ModeSettings.none(), NOON, NOTHING), 0);
        assertAmount(amount(WorkMode.COUNT_ONLY, ModeSettings.none(), NOON, new Entry.Amount(0)), 0);
        assertRefused(amount(WorkMode.COUNT_ONLY, ModeSettings.none(), NOON, new Entry.Amount(100)), ResultCode.INVALID_AMOUNT);
        assertRefused(amount(WorkMode.COUNT_ONLY, ModeSettings.none(), NOON, new Entry.Key(1)), ResultCode.MODE_ENTRY_INVALID);
    }
}
