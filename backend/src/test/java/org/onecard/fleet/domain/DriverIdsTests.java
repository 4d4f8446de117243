package org.onecard.fleet.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DriverIdsTests {

    @Test
    void anIdNumberWithItsCheckDigitIsAcceptedAndItsXRaised() {
        assertThat(DriverIds.normalise(" 11010519491231002x ")).contains("11010519491231002X");
        assertThat(DriverIds.normalise("440301199001011234")).contains("440301199001011234");
    }

    @Test
    void aWrongCheckDigitOrShapeIsRefused() {
        assertThat(DriverIds.normalise("440301199001011235")).isEmpty();
        assertThat(DriverIds.normalise("110105194912310021")).isEmpty();
        assertThat(DriverIds.normalise("44030119900101123")).isEmpty();
        assertThat(DriverIds.normalise("440301199013011234")).isEmpty();
        assertThat(DriverIds.normalise(null)).isEmpty();
    }
}
