package org.onecard.payments.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PaymentCodesTests {

    @ParameterizedTest
    @ValueSource(strings = {"100000000000000000", "134567890123451234", "159999999999999999"})
    void eighteenDigitsFrom10To15AreWechat(String code) {
        assertThat(PaymentCodes.channelOf(code)).contains(PaymentChannel.WECHAT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2500000000000000", "28000000000000010051", "300000000000000000000000",
            "280000000000000000"})
    void sixteenTo24DigitsFrom25To30AreAlipay(String code) {
        assertThat(PaymentCodes.channelOf(code)).contains(PaymentChannel.ALIPAY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "13456789012345123", "1345678901234512345", "164567890123451234",
            "094567890123451234", "250000000000000", "3000000000000000000000000", "2400000000000000",
            "3100000000000000", "13456789012345123X", " 134567890123451234", "OC1.1.2.3.4", "６２"})
    void anythingElseIsNoGatewaysCode(String code) {
        assertThat(PaymentCodes.channelOf(code)).isEmpty();
    }

    @Test
    void nullIsNoCode() {
        assertThat(PaymentCodes.channelOf(null)).isEmpty();
    }
}
