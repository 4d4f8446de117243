package org.onecard.terminal.authz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.onecard.cards.domain.CardState;
import org.onecard.cards.domain.CardStatus;
import org.onecard.common.error.ResultCode;
import org.onecard.terminal.TerminalPurpose;

/** Rules 1–4: terminal, card state, meal period, allowed terminals — and that they win in that order. */
class AuthoriserAccessTests {

    @Test
    void approvesAnOrdinaryPurchase() {
        Decision.Approved ok = Requests.approvable().approved();
        assertThat(ok.amountFen()).isEqualTo(1_000);
        assertThat(ok.chargedFen()).isEqualTo(1_000);
        assertThat(ok.mealPeriodId()).isEqualTo(2);
    }

    @Test
    void refusesADisabledTerminal() {
        Requests r = Requests.approvable();
        r.terminalEnabled = false;
        assertThat(r.refusedWith(ResultCode.TERMINAL_DISABLED).code().isoResponse()).isEqualTo("58");
    }

    @ParameterizedTest
    @EnumSource(value = TerminalPurpose.class, names = "CONSUMPTION", mode = EnumSource.Mode.EXCLUDE)
    void refusesAPurchaseOnATerminalForSomethingElse(TerminalPurpose purpose) {
        Requests r = Requests.approvable();
        r.purpose = purpose;
        r.refusedWith(ResultCode.WRONG_TERMINAL_PURPOSE);
    }

    @Test
    void refusesEachUnusableCardState() {
        assertCardRefused(CardStatus.LOST, ResultCode.CARD_LOST, "41");
        assertCardRefused(CardStatus.FROZEN, ResultCode.CARD_FROZEN, "62");
        assertCardRefused(CardStatus.CANCELLED, ResultCode.CARD_CANCELLED, "62");
        assertCardRefused(CardStatus.REPLACED, ResultCode.CARD_REPLACED, "62");
    }

    private static void assertCardRefused(CardStatus status, ResultCode code, String iso) {
        Requests r = Requests.approvable();
        r.card = new CardState(status, Requests.TODAY.plusYears(1), false, status == CardStatus.REPLACED);
        assertThat(r.refusedWith(code).code().isoResponse()).isEqualTo(iso);
    }

    @Test
    void aVehiclesCardPaysOnTheCylinderDueDateAndIsRefusedTheDayAfter() {
        Requests r = Requests.approvable();
        r.cylinderDueOn = Requests.TODAY;
        r.approved();
        r.cylinderDueOn = Requests.TODAY.minusDays(1);
        assertThat(r.refusedWith(ResultCode.CYLINDER_INSPECTION_OVERDUE).code().isoResponse()).isEqualTo("82");
    }

    @Test
    void theCardStateIsCheckedBeforeTheCylinderAndTheCylinderBeforeTheMealPeriod() {
        Requests r = Requests.approvable();
        r.cylinderDueOn = Requests.TODAY.minusDays(1);
        r.card = new CardState(CardStatus.LOST, Requests.TODAY.plusYears(1), false, false);
        r.refusedWith(ResultCode.CARD_LOST);
        r.card = new CardState(CardStatus.NORMAL, Requests.TODAY.plusYears(1), false, false);
        r.time = LocalTime.of(3, 0);
        r.refusedWith(ResultCode.CYLINDER_INSPECTION_OVERDUE);
    }

    @Test
    void aCardIsUsableOnItsExpiryDayAndExpiredTheDayAfter() {
        Requests r = Requests.approvable();
        r.card = new CardState(CardStatus.NORMAL, Requests.TODAY, false, false);
        r.approved();
        r.card = new CardState(CardStatus.NORMAL, Requests.TODAY.minusDays(1), false, false);
        assertThat(r.refusedWith(ResultCode.CARD_EXPIRED).code().isoResponse()).isEqualTo("54");
    }

    @Test
    void expiryIsReadOnTheTerminalsLocalDay() {
        Requests r = Requests.approvable();
        r.card = new CardState(CardStatus.NORMAL, Requests.TODAY.minusDays(1), false, false);
        r.time = LocalTime.of(6, 30);   // 22:30 UTC of the day before: still expired in Shanghai
        r.refusedWith(ResultCode.CARD_EXPIRED);
    }

    @Test
    void refusesOutsideEveryMealPeriodWithTheEndExclusive() {
        Requests r = Requests.approvable();
        r.time = LocalTime.of(10, 0);
        r.refusedWith(ResultCode.OUTSIDE_MEAL_PERIOD);
        r.time = LocalTime.of(13, 30);
        r.refusedWith(ResultCode.OUTSIDE_MEAL_PERIOD);
        r.time = LocalTime.of(13, 29, 59);
        assertThat(r.approved().mealPeriodId()).isEqualTo(2);
        r.time = LocalTime.of(10, 30);
        assertThat(r.approved().mealPeriodId()).isEqualTo(2);
        r.time = LocalTime.of(6, 0);
        assertThat(r.approved().mealPeriodId()).isEqualTo(1);
    }

    @Test
    void refusesAMealTheCardTypeDoesNotAllow() {
        Requests r = Requests.approvable();
        r.time = LocalTime.of(22, 0);   // period 4, not in {1, 2, 3}
        r.refusedWith(ResultCode.MEAL_NOT_ALLOWED);
        r.meals = Set.of();
        r.time = LocalTime.of(12, 0);
        r.refusedWith(ResultCode.MEAL_NOT_ALLOWED);
    }

    @Test
    void refusesATerminalTheCardTypeDoesNotList() {
        Requests r = Requests.approvable();
        r.allTerminals = false;
        r.terminals = Set.of(11, 13);
        r.refusedWith(ResultCode.TERMINAL_NOT_ALLOWED);
        r.terminals = Set.of(12);
        r.approved();
    }

    @Test
    void earlierRulesWinOverLaterOnes() {
        Requests r = Requests.approvable();
        r.allTerminals = false;
        r.terminals = Set.of(1);
        r.time = LocalTime.of(22, 0);
        r.card = new CardState(CardStatus.LOST, Requests.TODAY.minusDays(5), false, false);
        r.terminalEnabled = false;
        r.entry = new Entry.Amount(-1);
        r.refusedWith(ResultCode.TERMINAL_DISABLED);
        r.terminalEnabled = true;
        r.refusedWith(ResultCode.CARD_LOST);
        r.card = new CardState(CardStatus.NORMAL, Requests.TODAY, false, false);
        r.refusedWith(ResultCode.MEAL_NOT_ALLOWED);
        r.time = LocalTime.of(12, 0);
        r.refusedWith(ResultCode.TERMINAL_NOT_ALLOWED);
        r.terminals = Set.of(12);
        r.refusedWith(ResultCode.INVALID_AMOUNT);
    }

    @Test
    void anUnknownSerialIsNotOnTheWhitelist() {
        Decision.Refused refused = Decision.notOnWhitelist("04A1B2C3");
        assertThat(refused.code()).isEqualTo(ResultCode.CARD_NOT_ON_WHITELIST);
        assertThat(refused.code().isoResponse()).isEqualTo("14");
        assertThat(refused.detail()).contains("04A1B2C3");
    }
}
