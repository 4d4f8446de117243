package org.onecard.subsidy.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SubsidyTermsTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    @Test
    void anExplicitDateWinsOverTheValidityDays() {
        assertThat(last(Optional.of(LocalDate.of(2027, 1, 5)), NOVEMBER, 30, false)).isEqualTo(LocalDate.of(2027, 1, 5));
    }

    @Test
    void withoutADateTheValidityDaysCountFromToday() {
        assertThat(last(Optional.empty(), NOVEMBER, 30, false)).isEqualTo(LocalDate.of(2026, 12, 21));
    }

    @Test
    void noDateAndNoValidityMeansNeverExpires() {
        assertThat(SubsidyTerms.expiry(Optional.empty(), NOVEMBER, TODAY, 0, false)).get()
                .extracting(SubsidyTerms.Expiry::lastValidDay).isNull();
    }

    @Test
    void monthOnlyEndsAtTheMonthsLastDayWhateverElseSaysLater() {
        assertThat(last(Optional.empty(), NOVEMBER, 0, true)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(last(Optional.empty(), NOVEMBER, 90, true)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(last(Optional.of(LocalDate.of(2027, 3, 1)), NOVEMBER, 0, true)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(last(Optional.of(LocalDate.of(2026, 11, 25)), NOVEMBER, 0, true))
                .isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(last(Optional.empty(), YearMonth.of(2026, 12), 0, true)).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void aSubsidyThatWouldAlreadyBeExpiredIsRefused() {
        assertThat(SubsidyTerms.expiry(Optional.of(TODAY.minusDays(1)), NOVEMBER, TODAY, 0, false)).isEmpty();
        assertThat(SubsidyTerms.expiry(Optional.empty(), YearMonth.of(2026, 10), TODAY, 0, true)).isEmpty();
        assertThat(SubsidyTerms.expiry(Optional.of(TODAY), NOVEMBER, TODAY, 0, false)).isPresent();
    }

    private static LocalDate last(Optional<LocalDate> requested, YearMonth month, int days, boolean monthOnly) {
        return SubsidyTerms.expiry(requested, month, TODAY, days, monthOnly).orElseThrow().lastValidDay();
    }
}
