package org.onecard.terminal.authz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onecard.common.error.ResultCode;
import org.onecard.rules.domain.WalletSplit;
import org.onecard.terminal.WorkMode;

/** Rule 5 through the authoriser: each work mode, count-only, and the switch by time of day. */
class AuthoriserModeTests {

    @Test
    void eachWorkModeIsPricedAndDiscounted() {
        Requests r = Requests.approvable();
        r.discountPercent = 50;
        r.settings = new ModeSettings(800, List.of(new TimeSegment(LocalTime.of(11, 0), LocalTime.of(13, 0), 1_200)),
                Map.of(7, 600L), new TimedTariff(1_000, 30), Map.of("69", new ProductPrice(250, 100)));
        assertCharged(r, WorkMode.FIXED, new Entry.Nothing(), 800);
        assertCharged(r, WorkMode.FIXED_BY_SEGMENT, new Entry.Nothing(), 1_200);
        assertCharged(r, WorkMode.KEY_VALUE, new Entry.Key(7), 600);
        assertCharged(r, WorkMode.PRODUCT, new Entry.Products(List.of(new SaleItem("69", 2))), 500);
        assertCharged(r, WorkMode.TIMED, new Entry.Timed(Duration.ofMinutes(45)), 1_000);
        assertCharged(r, WorkMode.FREE_AMOUNT, new Entry.Amount(333), 333);
    }

    private static void assertCharged(Requests r, WorkMode mode, Entry entry, long amountFen) {
        r.mode = mode;
        r.entry = entry;
        Decision.Approved ok = r.approved();
        assertThat(ok.amountFen()).as("%s", mode).isEqualTo(amountFen);
        assertThat(ok.chargedFen()).as("%s", mode).isEqualTo((amountFen + 1) / 2);
    }

    @Test
    void workModeRefusalsReachTheTerminal() {
        Requests r = Requests.approvable();
        r.mode = WorkMode.KEY_VALUE;
        r.entry = new Entry.Key(3);
        assertThat(r.refusedWith(ResultCode.KEY_NOT_SET).code().isoResponse()).isEqualTo("12");
        r.entry = new Entry.Amount(100);
        r.refusedWith(ResultCode.MODE_ENTRY_INVALID);
        r.mode = WorkMode.FIXED;
        r.entry = new Entry.Nothing();
        r.refusedWith(ResultCode.WORK_MODE_NOT_SET_UP);
        r.mode = WorkMode.FREE_AMOUNT;
        r.entry = new Entry.Amount(0);
        assertThat(r.refusedWith(ResultCode.INVALID_AMOUNT).code().isoResponse()).isEqualTo("13");
    }

    @Test
    void countOnlyIsCountedButMovesNoMoney() {
        Requests r = Requests.approvable();
        r.mode = WorkMode.COUNT_ONLY;
        r.entry = new Entry.Nothing();
        r.cashFen = 0;
        r.subsidyFen = 0;
        r.minBalanceFen = 100;
        r.perDayAmountFen = 100;
        r.usage = new Usage(2, 500, 0, 0, 0, null);
        Decision.Approved ok = r.approved();
        assertThat(ok.amountFen()).isZero();
        assertThat(ok.chargedFen()).isZero();
        assertThat(ok.split()).isEqualTo(new WalletSplit(0, 0, true));
        r.perDayCount = 2;
        r.refusedWith(ResultCode.COUNT_LIMIT_REACHED);
    }

    @Test
    void theModeSwitchesByTimeOfDay() {
        Requests r = Requests.approvable();
        r.mode = WorkMode.FREE_AMOUNT;
        r.switches = List.of(new ModeWindow(LocalTime.of(11, 0), LocalTime.of(12, 30), WorkMode.FIXED, 1_500),
                new ModeWindow(LocalTime.of(17, 0), LocalTime.of(19, 0), WorkMode.COUNT_ONLY, 0));
        r.entry = new Entry.Nothing();
        r.time = LocalTime.of(11, 0);
        assertThat(r.approved().amountFen()).isEqualTo(1_500);
        r.time = LocalTime.of(18, 0);
        assertThat(r.approved().amountFen()).isZero();
        r.time = LocalTime.of(12, 30);   // the window's end is exclusive: back to FREE_AMOUNT
        r.refusedWith(ResultCode.MODE_ENTRY_INVALID);
        r.entry = new Entry.Amount(420);
        assertThat(r.approved().amountFen()).isEqualTo(420);
    }

    @Test
    void aSegmentEndIsExclusive() {
        Requests r = Requests.approvable();
        r.mode = WorkMode.FIXED_BY_SEGMENT;
        r.entry = new Entry.Nothing();
        r.settings = new ModeSettings(0, List.of(new TimeSegment(LocalTime.of(10, 30), LocalTime.of(12, 0), 700),
                new TimeSegment(LocalTime.of(12, 0), LocalTime.of(13, 30), 900)), Map.of(), null);
        r.time = LocalTime.of(11, 59, 59);
        assertThat(r.approved().amountFen()).isEqualTo(700);
        r.time = LocalTime.of(12, 0);
        assertThat(r.approved().amountFen()).isEqualTo(900);
    }
}
