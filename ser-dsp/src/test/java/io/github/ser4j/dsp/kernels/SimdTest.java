package io.github.ser4j.dsp.kernels;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SimdTest {
    @Test
    void detectionAgreesWithTheBootLayerAndTheProperty() {
        boolean present = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
        assertThat(Simd.modulePresent()).isEqualTo(present);
        assertThat(Simd.available()).isEqualTo(present && Simd.floatLanes() >= 8);
        boolean forcedOff = "false".equalsIgnoreCase(System.getProperty(Simd.PROPERTY, "true"));
        assertThat(Simd.enabled()).isEqualTo(Simd.available() && !forcedOff);
    }
}
