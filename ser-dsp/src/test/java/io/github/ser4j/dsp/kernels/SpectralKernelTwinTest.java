package io.github.ser4j.dsp.kernels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The decibel, mel-filterbank and DCT kernels: scalar twins against exact references computed
 * in double, and the Vector API versions against the scalar twins, on sizes 1, 7, 17 and 1023
 * (whole vectors and scalar tails).
 */
class SpectralKernelTwinTest {
    private static final int[] ODD_SIZES = {1, 7, 17, 1023};
    private final SplittableRandom rnd = new SplittableRandom(23);

    /** Positive powers spread over 40 decades, with some zeros (clamped to amin). */
    private float[] powers(int n) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = rnd.nextInt(10) == 0 ? 0f : (float) Math.pow(10, rnd.nextDouble(-14, 26));
        }
        return x;
    }

    private float[] random(int n) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) rnd.nextDouble(-1, 1);
        }
        return x;
    }

    @Test
    void scalarDecibelsAreWithinOneUlpPlusTwoTenthsOfAMicroDecibelOfExactLog10() {
        float amin = 1e-10f;
        for (float offset : new float[] {0f, 17.5f, -3.25f}) {
            float[] x = powers(5000);
            float[] db = x.clone();
            DecibelScalarKernel.toDb(db, 0, db.length, amin, offset);
            for (int i = 0; i < x.length; i++) {
                double exact = 10 * Math.log10(Math.max(amin, x[i])) - offset;
                assertThat((double) db[i]).as("x=%s offset=%s", x[i], offset)
                        .isCloseTo(exact, org.assertj.core.data.Offset.offset(Math.ulp((float) exact) + 2e-7));
            }
        }
    }

    @Test
    void decibelsOfExactPowersOfTenAreExact() {
        float[] x = {1f, 10f, 100f, 1e-3f, 1e-10f, 1e10f};
        DecibelScalarKernel.toDb(x, 0, x.length, 1e-10f, 0f);
        assertThat(x).containsExactly(0f, 10f, 20f, -30f, -100f, 100f);
    }

    @Test
    void decibelsHandleNanInfinityAndSubnormalAsMathLog10() {
        float[] x = {Float.NaN, Float.POSITIVE_INFINITY, Float.MIN_VALUE, 0f, 2f, 3f, 4f, 5f, 6f};
        float[] v = x.clone();
        float top = DecibelScalarKernel.toDb(v, 0, v.length, Float.MIN_VALUE, 0f);
        assertThat(v[0]).isNaN();
        assertThat(v[1]).isEqualTo(Float.POSITIVE_INFINITY);
        assertThat(v[2]).isEqualTo((float) (10 * Math.log10(Float.MIN_VALUE)));
        assertThat(v[3]).isEqualTo(v[2]);
        assertThat(top).isEqualTo(Float.POSITIVE_INFINITY);
        if (Simd.available()) {
            float[] w = x.clone();
            float vtop = DecibelVectorKernel.toDb(w, 0, w.length, Float.MIN_VALUE, 0f);
            assertThat(w).containsExactly(v);
            assertThat(vtop).isEqualTo(top);
        }
    }

    @Test
    void vectorDecibelsAreBitIdenticalToScalarOnOddSizes() {
        assumeTrue(Simd.available(), "jdk.incubator.vector with >= 8 float lanes");
        for (int n : ODD_SIZES) {
            float[] x = powers(n + 3);
            float[] s = x.clone();
            float[] v = x.clone();
            float ts = DecibelScalarKernel.toDb(s, 3, n + 3, 1e-10f, 1.5f);
            float tv = DecibelVectorKernel.toDb(v, 3, n + 3, 1e-10f, 1.5f);
            assertThat(v).as("n=%d", n).containsExactly(s);
            assertThat(tv).as("max n=%d", n).isEqualTo(ts);
        }
    }

    /** A random sparse filterbank: each filter a run of 0..40 positive weights anywhere in {@code bins}. */
    private float[][] bank(int nMels, int bins) {
        float[][] w = new float[nMels][bins];
        for (int i = 0; i < nMels; i++) {
            int len = rnd.nextInt(Math.min(41, bins + 1));
            int start = rnd.nextInt(bins - len + 1);
            for (int k = start; k < start + len; k++) {
                w[i][k] = (float) rnd.nextDouble(0.01, 1);
            }
        }
        return w;
    }

    @Test
    void melWeightsKeepEachFilterAsOneRun() {
        float[][] dense = bank(19, 100);
        MelWeights w = MelWeights.of(dense, 100);
        for (int i = 0; i < 19; i++) {
            float[] row = new float[100];
            for (int j = 0; j < w.length(i); j++) {
                row[w.start(i) + j] = w.weight(i, j);
            }
            assertThat(row).containsExactly(dense[i]);
        }
    }

    @Test
    void melKernelsMatchExactSumsAndAreBitIdentical() {
        for (int nMels : new int[] {1, 7, 17, 128}) {
            for (int count : ODD_SIZES) {
                if (count == 1023) {
                    count = 37;
                }
                int bins = 40 + rnd.nextInt(200);
                int stride = bins + 5;
                float[][] dense = bank(nMels, bins);
                MelWeights w = MelWeights.of(dense, bins);
                float[] s = new float[2 + count * stride];
                for (int i = 0; i < s.length; i++) {
                    s[i] = (float) rnd.nextDouble(0, 10);
                }
                int os = nMels + 3;
                float[] sc = new float[count * os];
                MelScalarKernel.apply(s, 2, stride, count, w, sc, 0, os);
                for (int f = 0; f < count; f++) {
                    for (int i = 0; i < nMels; i++) {
                        double e = 0;
                        for (int k = 0; k < bins; k++) {
                            e += (double) dense[i][k] * s[2 + f * stride + k];
                        }
                        assertThat((double) sc[f * os + i]).isCloseTo(e, org.assertj.core.data.Offset.offset(1e-5 * (1 + e)));
                    }
                }
                if (!Simd.available()) {
                    continue;
                }
                float[] vc = new float[count * os];
                MelVectorKernel.apply(s, 2, stride, count, w, vc, 0, os);
                assertThat(vc).as("nMels=%d count=%d", nMels, count).containsExactly(sc);
                // the last frame alone gives the same bits as in the batch
                float[] one = new float[nMels];
                MelVectorKernel.apply(s, 2 + (count - 1) * stride, stride, 1, w, one, 0, nMels);
                for (int i = 0; i < nMels; i++) {
                    assertThat(one[i]).isEqualTo(vc[(count - 1) * os + i]);
                }
            }
        }
    }

    @Test
    void dctKernelsMatchExactProductAndAreBitIdentical() {
        int[][] shapes = {{1, 1}, {7, 7}, {17, 13}, {128, 40}, {128, 17}, {33, 20}};
        for (int[] shape : shapes) {
            int nIn = shape[0];
            int nOut = shape[1];
            for (int frames : ODD_SIZES) {
                if (frames == 1023 && nIn > 17) {
                    frames = 131;
                }
                float[] x = random(1 + frames * nIn);
                float[] bt = random(nIn * nOut);
                int ys = nOut + 3;
                float[] sc = new float[frames * ys];
                DctScalarKernel.apply(x, 1, frames, nIn, bt, nOut, sc, 0, ys);
                for (int f = 0; f < frames; f++) {
                    for (int k = 0; k < nOut; k++) {
                        double e = 0;
                        for (int n = 0; n < nIn; n++) {
                            e += (double) x[1 + f * nIn + n] * bt[n * nOut + k];
                        }
                        assertThat((double) sc[f * ys + k]).isCloseTo(e, org.assertj.core.data.Offset.offset(1e-5 * nIn));
                    }
                }
                if (Simd.available()) {
                    float[] vc = new float[frames * ys];
                    DctVectorKernel.apply(x, 1, frames, nIn, bt, nOut, vc, 0, ys);
                    assertThat(vc).as("nIn=%d nOut=%d frames=%d", nIn, nOut, frames).containsExactly(sc);
                }
            }
        }
    }
}
