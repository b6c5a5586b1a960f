package io.github.ser4j.dsp.resample;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ser4j.dsp.testing.Npy;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Resampling against librosa 0.9.2 / resampy 0.4.2 / scipy 1.10.1 outputs
 * ({@code golden/librosa/README.md}). Prints the SNR of every golden.
 */
class ResamplerGoldenTest {
    private static final String DIR = "golden/librosa/";

    @ParameterizedTest(name = "{0} table matches resampy's shipped table")
    @CsvSource({"KAISER_BEST, resampy_kaiser_best_halfwin.npy", "KAISER_FAST, resampy_kaiser_fast_halfwin.npy"})
    void sincTableMatchesResampy(ResampleType type, String file) throws IOException {
        double[] ref = Npy.resource(DIR + file).data();
        double[] ours = KaiserSincTable.of(type).halfWindow();
        assertThat(ours).hasSize(ref.length);
        double maxErr = 0;
        for (int i = 0; i < ref.length; i++) {
            maxErr = Math.max(maxErr, Math.abs(ref[i] - ours[i]));
        }
        System.out.printf("table %s: max |diff| = %.3e (peak %.6f)%n", type, maxErr, ref[0]);
        assertThat(maxErr).isLessThan(1e-13);
    }

    @ParameterizedTest(name = "{0} -> {1} {2} vs librosa.resample: SNR >= {3} dB")
    @CsvSource({
        "48000, 16000, KAISER_BEST, 100",
        "48000, 16000, KAISER_FAST, 100",
        "48000, 16000, POLYPHASE, 100",
        "44100, 22050, KAISER_BEST, 100",
        "44100, 22050, KAISER_FAST, 100",
        "44100, 22050, POLYPHASE, 100",
    })
    void resampleMatchesLibrosa(int orig, int target, ResampleType type, double minSnr) throws IOException {
        float[] x = Npy.resource(DIR + "input_synth_" + orig + "_f32.npy").toFloats();
        float[] ref = Npy.resource(DIR + "resample_" + orig + "_" + target + "_" + type.librosaName() + ".npy")
                .toFloats();
        for (Resampler r : new Resampler[] {Resampler.standard(), Resampler.scalar()}) {
            float[] y = r.resample(x, orig, target, type);
            assertThat(y).hasSize(ref.length);
            double snr = Snr.db(ref, y);
            System.out.printf("resample %d->%d %s [%s]: SNR %.1f dB, max |diff| %.2e, bit-identical %.1f%%%n",
                    orig, target, type.librosaName(), r.kernel().name(), snr, Snr.maxAbs(ref, y),
                    100 * Snr.identical(ref, y));
            assertThat(snr).isGreaterThan(minSnr);
        }
    }

    @Test
    void directResampyLoopIsBitExactOnGoldens() throws IOException {
        for (int[] rates : new int[][] {{48000, 16000}, {44100, 22050}}) {
            float[] x = Npy.resource(DIR + "input_synth_" + rates[0] + "_f32.npy").toFloats();
            float[] ref = Npy.resource(DIR + "resample_" + rates[0] + "_" + rates[1] + "_kaiser_best.npy")
                    .toFloats();
            int n = SincResampler.resampyLength(x.length, rates[0], rates[1]);
            float[] y = SincResampler.resampleDirect(x, rates[0], rates[1], n, KaiserSincTable.KAISER_BEST);
            float[] fixed = java.util.Arrays.copyOf(y, ref.length);
            double snr = Snr.db(ref, fixed);
            System.out.printf("direct resampy loop %d->%d kaiser_best: SNR %.1f dB, bit-identical %.2f%%%n",
                    rates[0], rates[1], snr, 100 * Snr.identical(ref, fixed));
            assertThat(Snr.identical(ref, fixed)).isGreaterThan(0.99);
        }
    }
}
