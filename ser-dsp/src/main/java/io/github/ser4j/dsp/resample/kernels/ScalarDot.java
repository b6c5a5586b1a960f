package io.github.ser4j.dsp.resample.kernels;

/** The reference dot product: one float32 accumulator, products added in index order. */
public final class ScalarDot implements DotKernel {
    /** The single instance (the kernel is stateless). */
    public static final ScalarDot INSTANCE = new ScalarDot();

    private ScalarDot() {
    }

    @Override
    public float dot(float[] a, int aOff, float[] b, int bOff, int n) {
        float s = 0f;
        for (int i = 0; i < n; i++) {
            s += a[aOff + i] * b[bOff + i];
        }
        return s;
    }

    @Override
    public String name() {
        return "scalar";
    }
}
