package io.github.ser4j.data.features;

import io.github.ser4j.dsp.testing.Npy;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Recipes run end to end (WAV file -> load with kaiser_best -> features -> pooling) against
 * librosa 0.9.2's outputs for the same file and settings.
 */
class RecipeGoldenTest {
    private static final Path WAV = FeatureFixtures.golden("input_44100_pcm16.wav");

    private static FeatureArray run(FeatureRecipe r) throws IOException {
        return FeaturePipeline.of(r).extract(WAV);
    }

    @Test
    void meanMfccRecipeMatchesLibrosaTimeMean() throws IOException {
        FeatureRecipe r = FeatureRecipe.builder("m40").sampleRate(22050).feature(FeatureSpec.mfcc(40))
                .pooling(Pooling.MEAN).build();
        FeatureFixtures.assertCloseRelative("mean mfcc40", run(r).data(),
                FeatureFixtures.npy("mfcc40_time_mean.npy").data(), 3e-5);
    }

    @Test
    void logMelFramesRecipeMatchesLibrosaPowerToDb() throws IOException {
        FeatureRecipe r = FeatureRecipe.builder("lm").sampleRate(22050).feature(FeatureSpec.logMel(128))
                .pooling(Pooling.FRAMES).build();
        FeatureArray x = run(r);
        Npy.Array g = FeatureFixtures.npy("logmel_ref_1_top80.npy");
        org.assertj.core.api.Assertions.assertThat(x.shape()).containsExactly(g.shape());
        FeatureFixtures.assertCloseRelative("logmel frames", x.data(), g.data(), 3e-5);
    }

    @Test
    void mfccAt16kHzRecipeMatchesLibrosa() throws IOException {
        FeatureRecipe r = FeatureRecipe.builder("m16").sampleRate(16000).feature(FeatureSpec.mfcc(40))
                .pooling(Pooling.FRAMES).build();
        FeatureFixtures.assertCloseRelative("mfcc40 at 16 kHz", run(r).data(),
                FeatureFixtures.npy("mfcc40_sr16000.npy").data(), 3e-5);
    }

    @Test
    void mfccWithDeltasStacksLibrosaDeltasBelowTheCoefficients() throws IOException {
        FeatureRecipe r = FeatureRecipe.builder("d").sampleRate(22050).feature(FeatureSpec.mfcc(40).withDeltas(2))
                .pooling(Pooling.FRAMES).build();
        float[] x = run(r).data();
        double[] expected = concat(FeatureFixtures.npy("mfcc40.npy").data(),
                FeatureFixtures.npy("delta_mfcc40_o1.npy").data(), FeatureFixtures.npy("delta_mfcc40_o2.npy").data());
        FeatureFixtures.assertCloseRelative("mfcc40 + deltas", x, expected, 3e-5);
    }

    @Test
    void flattenRecipeMatchesNumpyHstackOfZcrRmsAndMfccTransposed() throws IOException {
        FeatureRecipe r = FeatureRecipe.builder("flat").sampleRate(22050).feature(FeatureSpec.zcr())
                .feature(FeatureSpec.rms()).feature(FeatureSpec.mfcc(20)).pooling(Pooling.FLATTEN).build();
        Npy.Array mfcc = FeatureFixtures.npy("mfcc20.npy");
        int frames = mfcc.shape()[1];
        double[] mfccT = new double[mfcc.size()];
        for (int t = 0; t < frames; t++) {
            for (int k = 0; k < 20; k++) {
                mfccT[t * 20 + k] = mfcc.at(k, t); // np.ravel(mfcc.T)
            }
        }
        double[] expected = concat(FeatureFixtures.npy("zcr_f2048_h512.npy").data(),
                FeatureFixtures.npy("rms_f2048_h512.npy").data(), mfccT);
        FeatureFixtures.assertCloseRelative("hstack(zcr, rms, ravel(mfcc.T))", run(r).data(), expected, 3e-5);
    }

    @Test
    void statsRecipeGivesMeanStdMinMaxOfLibrosaMfcc() throws IOException {
        FeatureRecipe r = FeatureRecipe.builder("s").sampleRate(22050).feature(FeatureSpec.mfcc(40))
                .pooling(Pooling.STATS).build();
        Npy.Array m = FeatureFixtures.npy("mfcc40.npy");
        int k = 40;
        int frames = m.shape()[1];
        double[] expected = new double[4 * k];
        for (int i = 0; i < k; i++) {
            double s = 0;
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int t = 0; t < frames; t++) {
                s += m.at(i, t);
                lo = Math.min(lo, m.at(i, t));
                hi = Math.max(hi, m.at(i, t));
            }
            double mean = s / frames;
            double ss = 0;
            for (int t = 0; t < frames; t++) {
                ss += (m.at(i, t) - mean) * (m.at(i, t) - mean);
            }
            expected[i] = mean;
            expected[k + i] = Math.sqrt(ss / frames);
            expected[2 * k + i] = lo;
            expected[3 * k + i] = hi;
        }
        FeatureFixtures.assertCloseRelative("mfcc40 mean/std/min/max", run(r).data(), expected, 3e-5);
    }

    private static double[] concat(double[]... parts) {
        int n = 0;
        for (double[] p : parts) {
            n += p.length;
        }
        double[] out = new double[n];
        int o = 0;
        for (double[] p : parts) {
            System.arraycopy(p, 0, out, o, p.length);
            o += p.length;
        }
        return out;
    }
}
