package org.onecard.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onecard.excel.sheet.ReadLimits;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

class ExcelPropertiesTests {

    @Test
    void defaultsToFiveMegabytesAndTwentyThousandRows() {
        ExcelProperties properties = bind(Map.of());

        assertThat(properties).isEqualTo(ExcelProperties.defaults());
        assertThat(properties.maxFileSize()).isEqualTo(DataSize.ofMegabytes(5));
        assertThat(properties.maxRows()).isEqualTo(20_000);
        assertThat(properties.maxUnpackedSize()).isEqualTo(DataSize.ofMegabytes(100));
        assertThat(properties.checkConcurrency()).isEqualTo(8);
    }

    @Test
    void bindsEveryKey() {
        ExcelProperties properties = bind(Map.of(
                "onecard.excel.max-file-size", "2MB",
                "onecard.excel.max-rows", "500",
                "onecard.excel.max-unpacked-size", "40MB",
                "onecard.excel.check-concurrency", "4"));

        assertThat(properties.readLimits()).isEqualTo(new ReadLimits(2L << 20, 500, 40L << 20, ReadLimits.DEFAULT_MAX_COLUMNS));
        assertThat(properties.checkConcurrency()).isEqualTo(4);
    }

    @Test
    void refusesLimitsThatCannotWork() {
        assertThatThrownBy(() -> bind(Map.of("onecard.excel.max-rows", "0"))).isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("max-rows");
        assertThatThrownBy(() -> bind(Map.of("onecard.excel.max-file-size", "0B"))).isInstanceOf(BindException.class);
        assertThatThrownBy(() -> bind(Map.of("onecard.excel.max-file-size", "1GB"))).isInstanceOf(BindException.class);
        assertThatThrownBy(() -> bind(Map.of("onecard.excel.max-unpacked-size", "1MB")))
                .isInstanceOf(BindException.class).rootCause().hasMessageContaining("max-unpacked-size");
        assertThatThrownBy(() -> bind(Map.of("onecard.excel.max-unpacked-size", "2GB"))).isInstanceOf(BindException.class);
        assertThatThrownBy(() -> bind(Map.of("onecard.excel.check-concurrency", "0"))).isInstanceOf(BindException.class);
        assertThatThrownBy(() -> bind(Map.of("onecard.excel.check-concurrency", "257"))).isInstanceOf(BindException.class);
    }

    private static ExcelProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("onecard.excel", ExcelProperties.class);
    }
}
