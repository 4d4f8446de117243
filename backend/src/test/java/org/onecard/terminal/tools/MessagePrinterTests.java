package org.onecard.terminal.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.onecard.common.error.ResultCode;

class MessagePrinterTests {

    @Test
    void theSimulatorNamesEveryResponseCodeTheServerCanSend() {
        assertThat(MessagePrinter.RESPONSES.keySet())
                .containsAll(Arrays.stream(ResultCode.values()).map(ResultCode::isoResponse).toList());
        assertThat(MessagePrinter.RESPONSES.get("82")).startsWith("cylinder inspection overdue");
    }
}
