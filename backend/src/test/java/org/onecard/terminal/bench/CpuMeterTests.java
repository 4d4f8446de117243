package org.onecard.terminal.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CpuMeterTests {

    @Test
    void findsTheJvmsCollectorAndVmThreadsByTheirKernelNames() {
        CpuMeter meter = new CpuMeter();
        CpuMeter.Sample before = meter.sample();
        CpuMeter.Sample after = meter.sample();
        // "VM Thread" and the collector's threads exist in every HotSpot JVM, busy or not
        assertThat(after.vmTicks()).containsKey("GC and VM threads");
        assertThat(CpuMeter.jitCores(before, after)).isGreaterThanOrEqualTo(0);
        assertThat(CpuMeter.between(before, after, 2)).contains("JIT compiler ").contains("GC and VM threads ")
                .contains("threads that ended ");
    }
}
