package org.onecard.people.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.onecard.common.error.ResultCode;
import org.onecard.common.outcome.Outcome.Done;
import org.onecard.common.outcome.Outcome.Refused;
import org.onecard.common.outcome.Outcome;

class EmployeeNoRulesTests {

    private static final EmployeeNoRules FREE = new EmployeeNoRules(0, false, false);

    @Test
    void freeLengthTakesAnyDigitsTrimmed() {
        assertThat(accepted(FREE, " 1001 ")).isEqualTo("1001");
        assertThat(accepted(FREE, "0")).isEqualTo("0");
        assertThat(accepted(FREE, "1".repeat(32))).hasSize(32);
    }

    @Test
    void fixedLengthRefusesShorterAndLongerNumbers() {
        EmployeeNoRules six = new EmployeeNoRules(6, false, false);
        assertThat(accepted(six, "000123")).isEqualTo("000123");
        assertThat(refusal(six, "12345")).isEqualTo("must be exactly 6 characters");
        assertThat(refusal(six, "1234567")).isEqualTo("must be exactly 6 characters");
    }

    @Test
    void lettersAreRefusedUnlessAllowedAndThenUpperCased() {
        assertThat(refusal(FREE, "A100")).contains("only digits");
        EmployeeNoRules letters = new EmployeeNoRules(0, false, true);
        assertThat(accepted(letters, "a100")).isEqualTo("A100");
    }

    @Test
    void blanksPunctuationAndOverlongNumbersAreRefused() {
        EmployeeNoRules letters = new EmployeeNoRules(0, false, true);
        for (String bad : new String[] {"", "   ", "10-01", "10 01", "１０", "张三", "10%", "A_1"}) {
            assertThat(letters.check(bad)).as(bad).isInstanceOf(Refused.class);
        }
        assertThat(letters.check(null)).isInstanceOf(Refused.class);
        assertThat(refusal(letters, "1".repeat(33))).isEqualTo("must be at most 32 characters");
    }

    @Test
    void aRefusalNamesTheEmployeeNoFieldWith1001() {
        Refused<String> refused = (Refused<String>) FREE.check("x");
        assertThat(refused.code()).isEqualTo(ResultCode.VALIDATION_FAILED);
        assertThat(refused.fields()).singleElement().satisfies(f -> assertThat(f.field()).isEqualTo("employeeNo"));
    }

    @Test
    void autoIncrementPadsTheNextNumberToTheFixedLength() {
        EmployeeNoRules six = new EmployeeNoRules(6, true, false);
        assertThat(six.next(0)).hasValue("000001");
        assertThat(six.next(41)).hasValue("000042");
        assertThat(six.next(999998)).hasValue("999999");
    }

    @Test
    void autoIncrementRunsOutWhenTheNextNumberNoLongerFits() {
        assertThat(new EmployeeNoRules(6, true, false).next(999999)).isEmpty();
        assertThat(new EmployeeNoRules(2, true, false).next(99)).isEmpty();
    }

    @Test
    void autoIncrementWithFreeLengthDoesNotPad() {
        EmployeeNoRules free = new EmployeeNoRules(0, true, false);
        assertThat(free.next(0)).hasValue("1");
        assertThat(free.next(1009)).hasValue("1010");
        assertThat(free.next(999_999_999_999_999_999L)).as("beyond 18 digits").isEmpty();
    }

    @Test
    void onlyAllDigitNumbersUpTo18DigitsHaveANumericValue() {
        assertThat(EmployeeNoRules.numericValue("000123")).hasValue(123L);
        assertThat(EmployeeNoRules.numericValue("A123")).isEmpty();
        assertThat(EmployeeNoRules.numericValue("1".repeat(19))).isEmpty();
        assertThat(EmployeeNoRules.numericValue("")).isEmpty();
        assertThat(EmployeeNoRules.numericValue(null)).isEmpty();
    }

    @Test
    void lengthMustFitTheColumn() {
        assertThatThrownBy(() -> new EmployeeNoRules(33, false, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EmployeeNoRules(-1, false, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FREE.next(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static String accepted(EmployeeNoRules rules, String no) {
        Outcome<String> outcome = rules.check(no);
        assertThat(outcome).as(no).isInstanceOf(Done.class);
        return ((Done<String>) outcome).value();
    }

    private static String refusal(EmployeeNoRules rules, String no) {
        Outcome<String> outcome = rules.check(no);
        assertThat(outcome).as(no).isInstanceOf(Refused.class);
        return ((Refused<String>) outcome).fields().get(0).message();
    }
}
