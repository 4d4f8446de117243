package org.onecard.terminal.authz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onecard.cards.domain.CardState;
import org.onecard.cards.domain.CardStatus;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Outcome;
import org.onecard.people.domain.GroupRule;
import org.onecard.people.domain.GroupRuleDraft;
import org.onecard.rules.domain.CardTypeRules;
import org.onecard.rules.domain.DeductionOrder;
import org.onecard.rules.domain.MealPeriod;
import org.onecard.rules.domain.MealSchedule;
import org.onecard.rules.domain.SystemParameters;
import org.onecard.terminal.TerminalAuth;
import org.onecard.terminal.TerminalPurpose;
import org.onecard.terminal.WorkMode;

/** A purchase that is approved as it stands; each test changes the one thing it is about. */
final class Requests {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    boolean terminalEnabled = true;
    TerminalPurpose purpose = TerminalPurpose.CONSUMPTION;
    WorkMode mode = WorkMode.FREE_AMOUNT;
    int machineNo = 12;
    ModeSettings settings = ModeSettings.none();
    int intervalSeconds = 0;
    List<ModeWindow> switches = new ArrayList<>();
    CardState card = new CardState(CardStatus.NORMAL, TODAY.plusYears(1), false, false);
    int discountPercent = 100;
    long perTransactionMaxFen = 0;
    long minBalanceFen = 0;
    DeductionOrder order = DeductionOrder.SUBSIDY_THEN_CASH;
    int perMealCount = 0;
    long perMealAmountFen = 0;
    int perDayCount = 0;
    long perDayAmountFen = 0;
    Set<Integer> meals = Set.of(1, 2, 3);
    boolean allTerminals = true;
    Set<Integer> terminals = Set.of();
    List<GroupRule> groupRules = new ArrayList<>();
    LocalTime time = LocalTime.of(12, 0);
    Entry entry = new Entry.Amount(1_000);
    OverdraftPassword password = OverdraftPassword.NOT_GIVEN;
    long cashFen = 10_000;
    long subsidyFen = 5_000;
    /** A vehicle's card: its cylinder inspection due date; null for any other card. */
    LocalDate cylinderDueOn;
    Usage usage = Usage.none();
    SystemParameters parameters = SystemParameters.defaults();

    static Requests approvable() {
        return new Requests();
    }

    static MealSchedule schedule() {
        List<MealPeriod> periods = new ArrayList<>(List.of(
                new MealPeriod(1, "早餐", LocalTime.of(6, 0), LocalTime.of(9, 30), true),
                new MealPeriod(2, "午餐", LocalTime.of(10, 30), LocalTime.of(13, 30), true),
                new MealPeriod(3, "晚餐", LocalTime.of(16, 30), LocalTime.of(19, 30), true),
                new MealPeriod(4, "夜宵", LocalTime.of(21, 0), LocalTime.of(23, 0), true)));
        for (int id = 5; id <= 8; id++) {
            periods.add(new MealPeriod(id, null, null, null, false));
        }
        return new MealSchedule(periods);
    }

    static GroupRule window(LocalTime start, LocalTime end, int count, long perTransactionFen, long dailyFen,
                            int discount) {
        return new GroupRule(1, 7, new GroupRuleDraft(start, end, count, perTransactionFen, dailyFen, discount));
    }

    static Instant at(LocalTime time) {
        return LocalDateTime.of(TODAY, time).atZone(ZONE).toInstant();
    }

    Instant at() {
        return at(time);
    }

    AuthRequest build() {
        TerminalAuth auth = new TerminalAuth(3, TerminalAuth.codeOf(machineNo), machineNo, "SN-1", 5, purpose, mode,
                terminalEnabled, new byte[32]);
        CardTypeRules type = new CardTypeRules("教工卡", discountPercent, perTransactionMaxFen, 0, minBalanceFen, 0, order,
                perMealCount, perMealAmountFen, perDayCount, perDayAmountFen, meals, allTerminals, terminals);
        return new AuthRequest(new TerminalSetup(auth, settings, intervalSeconds, switches),
                new CardFacts(99, card, type, groupRules, cylinderDueOn), at(), ZONE, entry, password,
                new Balances(cashFen, subsidyFen), usage, schedule(), parameters);
    }

    Decision decide() {
        return Authoriser.decide(build());
    }

    /** The same request as one no card pays (a WeChat / Alipay payment code): only the terminal's rules. */
    Outcome<Authoriser.TerminalCharge> decideAtTerminal() {
        AuthRequest r = build();
        return Authoriser.decideAtTerminal(r.terminal(), r.at(), ZONE, entry, r.meals());
    }

    static ModeSettings keys(Map<Integer, Long> keys) {
        return new ModeSettings(0, List.of(), keys, null);
    }

    /** Asserts the request is refused with {@code code} and returns the refusal. */
    Decision.Refused refusedWith(ResultCode code) {
        Decision decision = decide();
        assertThat(decision).isInstanceOf(Decision.Refused.class);
        Decision.Refused refused = (Decision.Refused) decision;
        assertThat(refused.code()).as(refused.detail()).isEqualTo(code);
        return refused;
    }

    Decision.Approved approved() {
        Decision decision = decide();
        assertThat(decision).as("%s", decision).isInstanceOf(Decision.Approved.class);
        return (Decision.Approved) decision;
    }
}
