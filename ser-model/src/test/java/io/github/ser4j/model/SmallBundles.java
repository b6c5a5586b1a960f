package io.github.ser4j.model;

import io.github.ser4j.data.emotion.Emotion;
import io.github.ser4j.data.features.FeatureRecipe;
import io.github.ser4j.data.features.FeatureSpec;
import io.github.ser4j.data.features.Pooling;
import io.github.ser4j.data.prep.StandardScaler;
import io.github.ser4j.data.synth.SynthConfig;
import io.github.ser4j.data.synth.SyntheticCorpus;
import io.github.ser4j.model.bundle.ModelArchitecture;
import io.github.ser4j.model.bundle.ModelBundle;
import io.github.ser4j.model.bundle.TrainingMetadata;
import io.github.ser4j.model.train.FeatureScaler;
import io.github.ser4j.model.train.Scaling;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Test fixtures: an untrained bundle on 1 s windows of 13 MFCC statistics, and speech to feed it. */
final class SmallBundles {
    static final FeatureRecipe RECIPE = FeatureRecipe.builder("test-mfcc13-stats-1s").sampleRate(16000)
            .fixDuration(1.0).feature(FeatureSpec.mfcc(13)).feature(FeatureSpec.rms()).pooling(Pooling.STATS).build();
    static final int FEATURES = 56;

    private SmallBundles() {
    }

    /** seed 004's MLP with initial weights; a scaler with plausible statistics. */
    static ModelBundle untrained() {
        return untrained(io.github.ser4j.model.bundle.TestTimeAugmentation.none());
    }

    /** {@link #untrained()} with a test-time augmentation setting. */
    static ModelBundle untrained(io.github.ser4j.model.bundle.TestTimeAugmentation tta) {
        SplittableRandom rng = new SplittableRandom(3);
        double[] mean = new double[FEATURES];
        double[] scale = new double[FEATURES];
        for (int j = 0; j < FEATURES; j++) {
            mean[j] = 10 * rng.nextGaussian();
            scale[j] = 5 + 20 * rng.nextDouble();
        }
        FeatureScaler scaler = FeatureScaler.of(Scaling.PER_ELEMENT, new int[] {FEATURES},
                StandardScaler.of(mean, scale));
        ModelArchitecture arch = tta.applyTo(ModelArchitecture.of("mlp-seed004", 4, FEATURES));
        return ModelBundle.of(arch, RECIPE, scaler, List.of("angry", "happy", "neutral", "sad"),
                TrainingMetadata.of(List.of("none"), "untrained", Map.of(), 5), arch.build(5));
    }

    /** About six seconds of synthetic speech at 16 kHz: three utterances one after the other. */
    static float[] speech() {
        SyntheticCorpus c = new SyntheticCorpus(new SynthConfig(2, 1, 7, 16000));
        float[] a = c.utterance(1, Emotion.ANGRY, 1, 1, 1).samples();
        float[] b = c.utterance(2, Emotion.SAD, 1, 2, 1).samples();
        float[] n = c.utterance(1, Emotion.NEUTRAL, 1, 1, 2).samples();
        float[] out = new float[a.length + b.length + n.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        System.arraycopy(n, 0, out, a.length + b.length, n.length);
        return out;
    }
}
