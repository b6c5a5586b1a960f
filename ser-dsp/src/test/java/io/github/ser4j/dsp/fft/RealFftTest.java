package io.github.ser4j.dsp.fft;

import org.jtransforms.fft.FloatFFT_1D;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RealFftTest {
    /** float32 error relative to the spectrum's peak; measured <= 4e-7 for every length tested. */
    private static final double TOLERANCE = 1e-6;

    private static float[] random(SplittableRandom rnd, int n) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) rnd.nextDouble(-1, 1);
        }
        return x;
    }

    private static double maxAbs(float[] x) {
        double m = 0;
        for (float v : x) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    private static void checkAgainstNaiveDft(IntStream lengths) {
        SplittableRandom rnd = new SplittableRandom(7);
        lengths.forEach(n -> {
            float[] x = random(rnd, n);
            double[][] ref = NaiveDft.complex(x, new float[n], n / 2 + 1);
            for (boolean vectorized : new boolean[] {true, false}) {
                RealFft fft = RealFft.of(n, vectorized);
                float[] re = new float[fft.bins()];
                float[] im = new float[fft.bins()];
                fft.forward(x, 0, re, im);
                assertThat(NaiveDft.relativeError(re, im, ref, fft.bins()))
                        .as("forward n=%d vectorized=%b", n, fft.vectorized()).isLessThan(TOLERANCE);
                float[] back = new float[n + 3];
                fft.inverse(re, im, back, 3);
                double err = 0;
                for (int t = 0; t < n; t++) {
                    err = Math.max(err, Math.abs(back[t + 3] - x[t]));
                }
                assertThat(err / maxAbs(x)).as("irfft(rfft(x)) - x, n=%d vectorized=%b", n, fft.vectorized())
                        .isLessThan(TOLERANCE * 4);
            }
        });
    }

    @Test
    void forwardMatchesNaiveDftAndInverseRestoresSignalForEveryLengthUpTo512() {
        checkAgainstNaiveDft(FftLengths.small());
    }

    @Test
    void forwardMatchesNaiveDftForPrimesAndComposites512To4096() {
        checkAgainstNaiveDft(FftLengths.large());
    }

    @Test
    void forwardMatchesJTransformsPackedRealForward() {
        SplittableRandom rnd = new SplittableRandom(3);
        for (int n : new int[] {2, 16, 100, 400, 512, 882, 1024, 2048, 4096}) {
            float[] x = random(rnd, n);
            float[] packed = x.clone();
            new FloatFFT_1D(n).realForward(packed);
            // JTransforms, even n: a[0] = Re X0, a[1] = Re X(n/2), a[2k] = Re Xk, a[2k+1] = Im Xk
            float[] jre = new float[n / 2 + 1];
            float[] jim = new float[n / 2 + 1];
            jre[0] = packed[0];
            jre[n / 2] = packed[1];
            for (int k = 1; k < n / 2; k++) {
                jre[k] = packed[2 * k];
                jim[k] = packed[2 * k + 1];
            }
            RealFft fft = RealFft.of(n);
            float[] re = new float[fft.bins()];
            float[] im = new float[fft.bins()];
            fft.forward(x, 0, re, im);
            double maxErr = 0;
            double peak = 0;
            for (int k = 0; k < fft.bins(); k++) {
                maxErr = Math.max(maxErr, Math.hypot(re[k] - jre[k], im[k] - jim[k]));
                peak = Math.max(peak, Math.hypot(jre[k], jim[k]));
            }
            assertThat(maxErr / peak).as("vs JTransforms n=%d", n).isLessThan(2 * TOLERANCE);
        }
    }

    @Test
    void batchOfOverlappingWindowedFramesEqualsFrameByFrameTransforms() {
        SplittableRandom rnd = new SplittableRandom(5);
        for (int n : new int[] {6, 64, 400, 441, 512, 2048}) {
            for (int count : new int[] {1, 7, 17}) {
                for (boolean vectorized : new boolean[] {true, false}) {
                    RealFft fft = RealFft.of(n, vectorized);
                    int bins = fft.bins();
                    int hop = Math.max(1, n / 4);
                    int offset = 5;
                    int stride = bins + 3;
                    float[] signal = random(rnd, offset + (count - 1) * hop + n);
                    float[] window = random(rnd, n);
                    float[] re = new float[count * stride];
                    float[] im = new float[count * stride];
                    float[] power = new float[count * stride];
                    fft.forwardBatch(signal, offset, hop, count, window, re, im, stride);
                    fft.powerSpectrumBatch(signal, offset, hop, count, window, power, stride);
                    float[] frame = new float[n];
                    float[] fr = new float[bins];
                    float[] fi = new float[bins];
                    for (int f = 0; f < count; f++) {
                        for (int t = 0; t < n; t++) {
                            frame[t] = signal[offset + f * hop + t] * window[t];
                        }
                        fft.forward(frame, 0, fr, fi);
                        double peak = 0;
                        for (int k = 0; k < bins; k++) {
                            peak = Math.max(peak, (double) fr[k] * fr[k] + (double) fi[k] * fi[k]);
                        }
                        for (int k = 0; k < bins; k++) {
                            String what = String.format("n=%d count=%d frame=%d bin=%d vec=%b", n, count, f, k, vectorized);
                            assertThat(re[f * stride + k]).as(what).isEqualTo(fr[k]);
                            assertThat(im[f * stride + k]).as(what).isEqualTo(fi[k]);
                            double p = (double) fr[k] * fr[k] + (double) fi[k] * fi[k];
                            assertThat(Math.abs(power[f * stride + k] - p)).as(what).isLessThanOrEqualTo(1e-6 * peak);
                        }
                        for (int k = bins; k < stride && f < count - 1; k++) {
                            assertThat(re[f * stride + k]).as("padding untouched").isZero();
                            assertThat(power[f * stride + k]).as("padding untouched").isZero();
                        }
                    }
                }
            }
        }
    }

    @Test
    void vectorAndScalarKernelsGiveTheSamePowerSpectraForOddBatchCounts() {
        SplittableRandom rnd = new SplittableRandom(9);
        for (int n : new int[] {8, 64, 128, 400, 512, 1024, 2048, 4096}) {
            for (int count : new int[] {1, 7, 17}) {
                int hop = n / 2 + 1;
                float[] signal = random(rnd, (count - 1) * hop + n);
                float[] window = random(rnd, n);
                RealFft vec = RealFft.of(n, true);
                RealFft sca = RealFft.of(n, false);
                int bins = vec.bins();
                float[] pv = new float[count * bins];
                float[] ps = new float[count * bins];
                vec.powerSpectrumBatch(signal, 0, hop, count, window, pv, bins);
                sca.powerSpectrumBatch(signal, 0, hop, count, window, ps, bins);
                double peak = 0;
                double diff = 0;
                for (int i = 0; i < ps.length; i++) {
                    peak = Math.max(peak, ps[i]);
                    diff = Math.max(diff, Math.abs(pv[i] - ps[i]));
                }
                // power is squared magnitude: relative error about twice the amplitude's
                assertThat(diff / peak).as("n=%d count=%d", n, count).isLessThan(2 * TOLERANCE);
            }
        }
    }

    @Test
    void powerOfPureToneIsConcentratedInItsBin() {
        int n = 1024;
        float[] x = new float[n];
        for (int t = 0; t < n; t++) {
            x[t] = (float) Math.cos(2 * Math.PI * 37 * t / n);
        }
        RealFft fft = RealFft.of(n);
        float[] power = new float[fft.bins()];
        fft.powerSpectrumBatch(x, 0, 1, 1, null, power, fft.bins());
        // |X[37]| = n/2 for a unit cosine on an exact bin; every other bin ~ 0
        assertThat((double) power[37]).isCloseTo(n * n / 4.0, org.assertj.core.data.Offset.offset(n * n / 4.0 * 1e-5));
        for (int k = 0; k < fft.bins(); k++) {
            if (k != 37) {
                assertThat(power[k]).as("bin %d", k).isLessThan(1e-6f * n * n / 4);
            }
        }
    }

    @Test
    void rejectsFramesOutsideTheSignalAndShortOutputs() {
        RealFft fft = RealFft.of(16);
        float[] out = new float[fft.bins()];
        assertThatThrownBy(() -> fft.forward(new float[15], 0, out, out))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("15");
        assertThatThrownBy(() -> fft.powerSpectrumBatch(new float[40], 0, 8, 5, null, new float[64], 9))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("5 frames");
        assertThatThrownBy(() -> fft.powerSpectrumBatch(new float[40], 0, 8, 2, new float[15], new float[64], 9))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("window");
        assertThatThrownBy(() -> fft.powerSpectrumBatch(new float[40], 0, 8, 2, null, new float[64], 8))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("binStride");
        assertThatThrownBy(() -> fft.powerSpectrumBatch(new float[40], 0, 8, 2, null, new float[17], 9))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("power");
        assertThatThrownBy(() -> fft.forwardBatch(new float[40], 0, 0, 2, null, out, out, 9))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hop");
    }
}
