package io.github.ser4j.nn.kernels;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SimdTest {
    @Test
    void vectorApiIsUsedOnlyWhenTheModuleIsPresentAndNotSwitchedOff() {
        assertThat(Simd.decide(true, null)).isTrue();
        assertThat(Simd.decide(true, "true")).isTrue();
        assertThat(Simd.decide(true, "false")).isFalse();
        assertThat(Simd.decide(true, " FALSE ")).isFalse();
        assertThat(Simd.decide(false, null)).isFalse();
        assertThat(Simd.decide(false, "true")).isFalse();
    }

    @Test
    void testJvmHasTheVectorModuleSoSimdIsAvailable() {
        // Surefire runs with --add-modules=jdk.incubator.vector (root pom argLine).
        assertThat(Simd.available()).isEqualTo(ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()
                && !"false".equals(System.getProperty("ser4j.simd")));
    }

    @Test
    void switchingOffAndOnAgainIsHonoured() {
        Simd.setEnabled(false);
        assertThat(Simd.enabled()).isFalse();
        Simd.setEnabled(true);
        assertThat(Simd.enabled()).isEqualTo(Simd.available());
    }
}
