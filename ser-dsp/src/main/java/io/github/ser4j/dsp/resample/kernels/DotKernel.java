package io.github.ser4j.dsp.resample.kernels;

/**
 * The inner loop of FIR resampling: a float32 dot product of a coefficient run and a
 * signal run. Implementations allocate nothing per call.
 *
 * <p>Two implementations: {@link ScalarDot} (the reference, one accumulator, read it first)
 * and a Vector API version ({@code VectorDot}) that keeps several lane-wise accumulators and
 * therefore sums in a different order: results agree to float32 rounding, not bit for bit.
 */
public interface DotKernel {

    /**
     * {@code sum_{i < n} a[aOff + i] * b[bOff + i]}, accumulated in float32.
     *
     * @param a    first operand
     * @param aOff first index into {@code a}
     * @param b    second operand
     * @param bOff first index into {@code b}
     * @param n    number of products, non-negative
     * @return the sum, 0 when {@code n == 0}
     */
    float dot(float[] a, int aOff, float[] b, int bOff, int n);

    /** A short name for logs and benchmarks ({@code "scalar"}, {@code "vector-256"}). */
    String name();

    /** The plain scalar kernel. */
    static DotKernel scalar() {
        return ScalarDot.INSTANCE;
    }

    /**
     * The fastest kernel this JVM supports: the Vector API one when the
     * {@code jdk.incubator.vector} module is present and {@code -Dser4j.simd=false} is not
     * set, otherwise the scalar one. Decided once; one log line says which.
     */
    static DotKernel preferred() {
        return KernelChoice.PREFERRED;
    }
}
