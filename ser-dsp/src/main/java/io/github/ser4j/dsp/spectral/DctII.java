package io.github.ser4j.dsp.spectral;

/**
 * The orthonormal DCT-II, truncated to its first coefficients: {@code scipy.fft.dct(x, type=2,
 * norm='ortho')[:nOut]}, as {@code librosa.feature.mfcc} applies it along the mel axis.
 *
 * <p>{@code X[k] = s_k sum_{n<N} x[n] cos(pi k (2n + 1) / (2N))} with {@code s_0 = sqrt(1/N)}
 * and {@code s_k = sqrt(2/N)}: an orthogonal matrix, so it preserves energy. The basis is
 * precomputed (in double, stored as float): with {@code nOut} of 13 to 40 and {@code N = 128}
 * mel bands a dense matrix-vector product is cheaper than a fast DCT and exact to float
 * rounding.
 */
public final class DctII {
    private final int nIn;
    private final int nOut;
    private final float[] basis;

    private DctII(int nIn, int nOut) {
        if (nIn < 1) {
            throw new IllegalArgumentException("DCT input length must be >= 1, got " + nIn);
        }
        if (nOut < 1 || nOut > nIn) {
            throw new IllegalArgumentException("number of DCT coefficients must be in [1, " + nIn + "], got " + nOut);
        }
        this.nIn = nIn;
        this.nOut = nOut;
        basis = new float[nOut * nIn];
        for (int k = 0; k < nOut; k++) {
            double s = Math.sqrt((k == 0 ? 1.0 : 2.0) / nIn);
            for (int n = 0; n < nIn; n++) {
                basis[k * nIn + n] = (float) (s * Math.cos(Math.PI * k * (2 * n + 1) / (2.0 * nIn)));
            }
        }
    }

    /**
     * The first {@code nOut} rows of the orthonormal DCT-II of length {@code nIn}.
     *
     * @param nIn  input length (number of mel bands)
     * @param nOut coefficients kept, {@code 1 <= nOut <= nIn}
     */
    public static DctII ortho(int nIn, int nOut) {
        return new DctII(nIn, nOut);
    }

    /** Input length. */
    public int inputLength() {
        return nIn;
    }

    /** Number of coefficients produced. */
    public int outputLength() {
        return nOut;
    }

    /** The basis {@code [nOut][nIn]} (a copy). */
    public float[][] matrix() {
        float[][] m = new float[nOut][nIn];
        for (int k = 0; k < nOut; k++) {
            System.arraycopy(basis, k * nIn, m[k], 0, nIn);
        }
        return m;
    }

    /**
     * One frame: {@code out[k] = sum_n basis[k][n] x[n]}.
     *
     * @param x   {@code nIn} values
     * @param out receives {@code nOut} values
     */
    public void apply(float[] x, float[] out) {
        if (x.length < nIn || out.length < nOut) {
            throw new IllegalArgumentException("DCT needs an input of >= " + nIn + " and an output of >= " + nOut
                    + ", got " + x.length + " and " + out.length);
        }
        // Four rows at a time: four independent sums share each load of x[n] and keep the
        // floating-point pipeline full instead of waiting on one long dependency chain.
        int k = 0;
        for (; k + 4 <= nOut; k += 4) {
            int r0 = k * nIn;
            int r1 = r0 + nIn;
            int r2 = r1 + nIn;
            int r3 = r2 + nIn;
            float s0 = 0f;
            float s1 = 0f;
            float s2 = 0f;
            float s3 = 0f;
            for (int n = 0; n < nIn; n++) {
                float v = x[n];
                s0 += basis[r0 + n] * v;
                s1 += basis[r1 + n] * v;
                s2 += basis[r2 + n] * v;
                s3 += basis[r3 + n] * v;
            }
            out[k] = s0;
            out[k + 1] = s1;
            out[k + 2] = s2;
            out[k + 3] = s3;
        }
        for (; k < nOut; k++) {
            int row = k * nIn;
            float sum = 0f;
            for (int n = 0; n < nIn; n++) {
                sum += basis[row + n] * x[n];
            }
            out[k] = sum;
        }
    }

    /**
     * Along the first axis of {@code [nIn][frames]}: {@code [nOut][frames]}. Computed as
     * {@code out[k] += basis[k][n] * s[n]} over whole rows of frames, a loop the JIT compiles to
     * SIMD; each output still sums its terms in the order {@code n = 0, 1, ...} from zero, so
     * every frame is bit-identical to {@link #apply(float[], float[])}.
     */
    public float[][] apply(float[][] s) {
        if (s.length != nIn) {
            throw new IllegalArgumentException("DCT expects " + nIn + " rows, got " + s.length);
        }
        int frames = s[0].length;
        float[][] out = new float[nOut][frames];
        for (int k = 0; k < nOut; k++) {
            float[] o = out[k];
            int row = k * nIn;
            for (int n = 0; n < nIn; n++) {
                float b = basis[row + n];
                float[] x = s[n];
                for (int t = 0; t < frames; t++) {
                    o[t] += b * x[t];
                }
            }
        }
        return out;
    }
}
