package org.onecard.cards.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onecard.cards.domain.Credentials.Form;
import org.onecard.cards.domain.Credentials.Input;
import org.onecard.cards.domain.Credentials.Match;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Outcome;

class CredentialsTests {

    @Test
    void plainTextIsReaderInputNormalizedAndPrefixesNameAPerson() {
        assertThat(Credentials.parse(" 04 a1 b2\t\n")).isEqualTo(Outcome.done(new Input("04A1B2", null)));
        assertThat(Credentials.parse("p:123")).isEqualTo(Outcome.done(new Input("123", Form.PERSON_ID)));
        assertThat(Credentials.parse("E:a0001")).isEqualTo(Outcome.done(new Input("A0001", Form.EMPLOYEE_NO)));
    }

    @Test
    void refusesEmptyInputAndMalformedPrefixedForms() {
        for (String bad : new String[] {null, "  ", "P:", "P:12a", "P:1234567890123456789", "E:", "E:张三", "E:1-2"}) {
            Outcome<Input> parsed = Credentials.parse(bad);
            assertThat(parsed).as(String.valueOf(bad)).isInstanceOf(Outcome.Refused.class);
            assertThat(((Outcome.Refused<Input>) parsed).code()).isEqualTo(ResultCode.VALIDATION_FAILED);
        }
    }

    @Test
    void theCardInUseIsTheNewestNormalLostOrFrozenOne() {
        CardRecord cancelled = card(1, CardStatus.CANCELLED);
        CardRecord replaced = card(2, CardStatus.REPLACED);
        CardRecord lost = card(3, CardStatus.LOST);
        CardRecord normal = card(4, CardStatus.NORMAL);

        assertThat(Credentials.cardInUse(List.of(normal, cancelled, lost))).isEqualTo(normal);
        assertThat(Credentials.cardInUse(List.of(replaced, lost))).isEqualTo(lost);
        assertThat(Credentials.cardInUse(List.of(cancelled, replaced))).isNull();
        assertThat(Credentials.cardInUse(List.of())).isNull();
    }

    @Test
    void oneTargetIsTheAnswerEvenWhenSeveralFormsLeadToIt() {
        CardRecord card = card(7, CardStatus.NORMAL);
        Outcome<Match> chosen = Credentials.choose("X", List.of(new Match(Form.SERIAL, 9, card),
                new Match(Form.FACE_ID, 9, card)));

        assertThat(chosen).isEqualTo(Outcome.done(new Match(Form.SERIAL, 9, card)));
    }

    @Test
    void twoDifferentCardsAreAmbiguousAndNothingIsNotFound() {
        Outcome<Match> twoCards = Credentials.choose("1000000001", List.of(
                new Match(Form.SERIAL, 1, card(1, CardStatus.NORMAL)),
                new Match(Form.CARD_NO, 2, card(2, CardStatus.NORMAL))));
        Outcome<Match> cardAndCardlessPerson = Credentials.choose("F1", List.of(
                new Match(Form.SERIAL, 1, card(1, CardStatus.NORMAL)), new Match(Form.FACE_ID, 5, null)));

        assertThat(code(twoCards)).isEqualTo(ResultCode.CREDENTIAL_AMBIGUOUS);
        assertThat(code(cardAndCardlessPerson)).isEqualTo(ResultCode.CREDENTIAL_AMBIGUOUS);
        assertThat(code(Credentials.choose("NOPE", List.of()))).isEqualTo(ResultCode.NOT_FOUND);
    }

    @Test
    void aPersonWithoutACardInUseIsSaidSo() {
        assertThat(code(Credentials.choose("P:5", List.of(new Match(Form.PERSON_ID, 5, null)))))
                .isEqualTo(ResultCode.PERSON_HAS_NO_CARD);
    }

    private static ResultCode code(Outcome<Match> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Refused.class);
        return ((Outcome.Refused<Match>) outcome).code();
    }

    private static CardRecord card(long id, CardStatus status) {
        return new CardRecord(id, "C" + id, "S" + id, 9, status, LocalDate.of(2026, 1, 1), LocalDate.of(2036, 1, 1),
                0, 0, 1L, false, null, null);
    }
}
