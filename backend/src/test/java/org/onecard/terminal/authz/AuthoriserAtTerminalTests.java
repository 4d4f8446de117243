package org.onecard.terminal.authz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onecard.cards.domain.CardState;
import org.onecard.cards.domain.CardStatus;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Outcome;
import org.onecard.terminal.TerminalPurpose;
import org.onecard.terminal.WorkMode;

/** A purchase no card pays (a WeChat / Alipay payment code): the terminal's rules only, in the authoriser's order. */
class AuthoriserAtTerminalTests {

    @Test
    void chargesTheWorkModesAmountInTheMealPeriod() {
        Authoriser.TerminalCharge charge = done(Requests.approvable());
        assertThat(charge.amountFen()).isEqualTo(1_000);
        assertThat(charge.mealPeriodId()).isEqualTo(2);
    }

    @Test
    void refusesADisabledOrOtherPurposeTerminalFirst() {
        Requests disabled = Requests.approvable();
        disabled.terminalEnabled = false;
        disabled.time = LocalTime.of(3, 0);
        assertRefused(disabled, ResultCode.TERMINAL_DISABLED);
        Requests cashier = Requests.approvable();
        cashier.purpose = TerminalPurpose.CASHIER;
        assertRefused(cashier, ResultCode.WRONG_TERMINAL_PURPOSE);
    }

    @Test
    void refusesOutsideEveryMealPeriodButNoCardTypeRestrictsTheMeal() {
        Requests night = Requests.approvable();
        night.time = LocalTime.of(3, 0);
        assertRefused(night, ResultCode.OUTSIDE_MEAL_PERIOD);
        Requests supper = Requests.approvable();
        supper.time = LocalTime.of(22, 0);
        supper.meals = java.util.Set.of(1);
        assertThat(done(supper).mealPeriodId()).isEqualTo(4);
    }

    @Test
    void takesTheAmountFromTheWorkModeAndRefusesNothingToCharge() {
        Requests keyed = Requests.approvable();
        keyed.mode = WorkMode.KEY_VALUE;
        keyed.settings = Requests.keys(Map.of(3, 650L));
        keyed.entry = new Entry.Key(3);
        assertThat(done(keyed).amountFen()).isEqualTo(650);
        Requests zero = Requests.approvable();
        zero.entry = new Entry.Amount(0);
        assertRefused(zero, ResultCode.INVALID_AMOUNT);
    }

    @Test
    void cardRulesDoNotApply() {
        Requests r = Requests.approvable();
        r.card = new CardState(CardStatus.LOST, Requests.TODAY.plusYears(1), false, false);
        r.cashFen = 0;
        r.subsidyFen = 0;
        r.discountPercent = 50;
        r.perTransactionMaxFen = 1;
        assertThat(done(r).amountFen()).isEqualTo(1_000);
    }

    private static Authoriser.TerminalCharge done(Requests r) {
        Outcome<Authoriser.TerminalCharge> decided = r.decideAtTerminal();
        assertThat(decided).as("%s", decided).isInstanceOf(Outcome.Done.class);
        return ((Outcome.Done<Authoriser.TerminalCharge>) decided).value();
    }

    private static void assertRefused(Requests r, ResultCode code) {
        Outcome<Authoriser.TerminalCharge> decided = r.decideAtTerminal();
        assertThat(decided).isInstanceOf(Outcome.Refused.class);
        assertThat(((Outcome.Refused<Authoriser.TerminalCharge>) decided).code()).isEqualTo(code);
    }
}
