package org.onecard.fleet.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlatesTests {

    @ParameterizedTest
    @CsvSource({
            "粤B12345, 粤B12345",
            "' 京a·12345 ', 京A12345",
            "沪C-1234挂, 沪C1234挂",
            "粤BD12345, 粤BD12345",
            "粤B D 1 2 3 4 5, 粤BD12345",
            "粤BFA1234, 粤BFA1234",
            "川A12345D, 川A12345D",
            "苏ＥＡ１２３４, 苏EA1234",
            "浙A1234学, 浙A1234学"})
    void ordinaryAndNewEnergyPlatesAreNormalised(String typed, String stored) {
        assertThat(Plates.normalise(typed)).contains(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "B12345", "粤12345", "粤B1234", "粤B123456", "粤BI2345", "粤BO2345", "粤B1234567",
            "粤BD1234A", "粤BX12345", "川A12345X", "港B12345", "粤B12345挂1", "XX12345"})
    void whatIsNoPlateIsRefused(String typed) {
        assertThat(Plates.normalise(typed)).isEmpty();
    }
}
