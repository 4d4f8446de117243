package org.onecard.people.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.onecard.common.outcome.Outcome.Done;
import org.onecard.common.outcome.Outcome.Refused;
import org.onecard.common.outcome.Outcome;

class PersonDraftTests {

    @Test
    void idNumbersAreCheckedForShapeAndALowerCaseXIsRaised() {
        assertThat(IdNumbers.normalise("11010519491231002x")).hasValue("11010519491231002X");
        assertThat(IdNumbers.normalise(" 110105194912310021 ")).hasValue("110105194912310021");
        for (String bad : new String[] {"11010519491231002", "1101051949123100211", "01010519491231002X",
                "11010517491231002X", "11010519491331002X", "11010519491200002X", "11010519491232002X",
                "11010519491231002Y", "11010519491231002 ", "ABCDEFGHIJKLMNOPQR", ""}) {
            assertThat(IdNumbers.normalise(bad)).as(bad).isEmpty();
        }
        assertThat(IdNumbers.normalise(null)).isEmpty();
    }

    @Test
    void aDraftIsTrimmedAndBlankOptionalFieldsBecomeNull() {
        PersonDraft draft = new PersonDraft("  张三 ", 1, null, 7L, "  ", "11010519491231002x", Gender.MALE);
        PersonDraft clean = ((Done<PersonDraft>) draft.check()).value();
        assertThat(clean.name()).isEqualTo("张三");
        assertThat(clean.phone()).isNull();
        assertThat(clean.idNumber()).isEqualTo("11010519491231002X");
        assertThat(clean.cardTypeId()).isEqualTo(7L);
    }

    @Test
    void badFieldsAreRefusedByName() {
        assertThat(field(new PersonDraft(" ", 1, null, null, null, null, null))).isEqualTo("name");
        assertThat(field(new PersonDraft("x".repeat(101), 1, null, null, null, null, null))).isEqualTo("name");
        assertThat(field(new PersonDraft("a\tb", 1, null, null, null, null, null))).isEqualTo("name");
        assertThat(field(new PersonDraft("张三", 1, null, null, "call me", null, null))).isEqualTo("phone");
        assertThat(field(new PersonDraft("张三", 1, null, null, "1".repeat(33), null, null))).isEqualTo("phone");
        assertThat(field(new PersonDraft("张三", 1, null, null, null, "123", null))).isEqualTo("idNumber");
        assertThat(field(new PersonDraft("张三", 1, null, 0L, null, null, null))).isEqualTo("cardTypeId");
    }

    @Test
    void aHundredCharacterNameAndAPhoneWithPunctuationAreFine() {
        assertThat(new PersonDraft("x".repeat(100), 1, null, null, "+86 (010) 1234-5678", null, null).check())
                .isInstanceOf(Done.class);
    }

    private static String field(PersonDraft draft) {
        Outcome<PersonDraft> outcome = draft.check();
        assertThat(outcome).isInstanceOf(Refused.class);
        return ((Refused<PersonDraft>) outcome).fields().get(0).field();
    }
}
