package io.github.ser4j.dsp.resample.kernels;

import io.github.ser4j.dsp.kernels.Simd;

/**
 * Picks the dot-product kernel once per JVM, following ser-dsp's single SIMD decision
 * ({@link Simd#enabled()}: the incubator module is present, the vectors are wide enough and
 * {@code -Dser4j.simd=false} was not given). The Vector API class is only touched when that
 * decision allows it, since loading it without the module throws NoClassDefFoundError.
 */
final class KernelChoice {
    static final DotKernel PREFERRED = Simd.enabled() ? VectorDot.INSTANCE : ScalarDot.INSTANCE;

    private KernelChoice() {
    }
}
