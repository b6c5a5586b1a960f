package io.github.ser4j.dsp.spectral;

import io.github.ser4j.dsp.kernels.DctScalarKernel;
import io.github.ser4j.dsp.kernels.DctVectorKernel;
import io.github.ser4j.dsp.kernels.Simd;

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
    private final float[] basisT;     // basisT[n * nOut + k] = basis[k][n], for the kernels

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
        basisT = new float[nIn * nOut];
        for (int k = 0; k < nOut; k++) {
            for (int n = 0; n < nIn; n++) {
                basisT[n * nOut + k] = basis[k * nIn + n];
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
     * One frame: {@code out[k] = sum_n basis[k][n] x[n]}, each a chain of fused multiply-adds in
     * the order {@code n = 0, 1, ...} ({@link DctScalarKernel}), bit-identical to the same frame
     * in {@link #applyFrames}.
     *
     * @param x   {@code nIn} values
     * @param out receives {@code nOut} values
     */
    public void apply(float[] x, float[] out) {
        if (x.length < nIn || out.length < nOut) {
            throw new IllegalArgumentException("DCT needs an input of >= " + nIn + " and an output of >= " + nOut
                    + ", got " + x.length + " and " + out.length);
        }
        applyFrames(x, 0, 1, out, 0, nOut);
    }

    /**
     * Frame-major rows: {@code y[yOff + f yStride + k] = sum_n basis[k][n] x[xOff + f nIn + n]} for
     * {@code f < frames}, {@code k < nOut}: the GEMM {@code Y = X B^T}, by the Vector API kernel
     * when {@link Simd#enabled()} (bit-identical to the scalar one).
     *
     * @param x       {@code frames} rows of {@code nIn} values, contiguous from {@code xOff}
     * @param xOff    first input value
     * @param frames  number of rows
     * @param y       receives {@code frames} rows of {@code nOut} values
     * @param yOff    first output value
     * @param yStride output row length, {@code >= nOut}
     */
    public void applyFrames(float[] x, int xOff, int frames, float[] y, int yOff, int yStride) {
        if (frames < 0 || xOff < 0 || yOff < 0 || yStride < nOut
                || (frames > 0 && ((long) xOff + (long) frames * nIn > x.length
                || (long) yOff + (long) (frames - 1) * yStride + nOut > y.length))) {
            throw new IllegalArgumentException("DCT: " + frames + " rows of " + nIn + " (offset " + xOff + ", array "
                    + x.length + ") into rows of " + nOut + " (stride " + yStride + ", offset " + yOff + ", array "
                    + y.length + ") do not fit");
        }
        if (Simd.enabled()) {
            DctVectorKernel.apply(x, xOff, frames, nIn, basisT, nOut, y, yOff, yStride);
        } else {
            DctScalarKernel.apply(x, xOff, frames, nIn, basisT, nOut, y, yOff, yStride);
        }
    }

    /**
     * Along the first axis of {@code [nIn][frames]}: {@code [nOut][frames]}; every frame is
     * bit-identical to {@link #apply(float[], float[])}.
     */
    public float[][] apply(float[][] s) {
        if (s.length != nIn) {
            throw new IllegalArgumentException("DCT expects " + nIn + " rows, got " + s.length);
        }
        int frames = s[0].length;
        float[] x = new float[frames * nIn];
        for (int n = 0; n < nIn; n++) {
            float[] row = s[n];
            for (int t = 0; t < frames; t++) {
                x[t * nIn + n] = row[t];
            }
        }
        float[] y = new float[frames * nOut];
        applyFrames(x, 0, frames, y, 0, nOut);
        float[][] out = new float[nOut][frames];
        for (int t = 0; t < frames; t++) {
            for (int k = 0; k < nOut; k++) {
                out[k][t] = y[t * nOut + k];
            }
        }
        return out;
    }
}
