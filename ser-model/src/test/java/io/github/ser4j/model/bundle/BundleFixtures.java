package io.github.ser4j.model.bundle;

import io.github.ser4j.data.features.FeatureRecipe;
import io.github.ser4j.data.features.FeatureSpec;
import io.github.ser4j.data.features.Pooling;
import io.github.ser4j.data.prep.StandardScaler;
import io.github.ser4j.model.train.FeatureScaler;
import io.github.ser4j.model.train.Scaling;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** A small bundle: seed 004's MLP on 13 MFCC statistics, three classes, an untrained network. */
final class BundleFixtures {
    static final FeatureRecipe RECIPE = FeatureRecipe.builder("test-mfcc13-stats").sampleRate(16000).fixDuration(1.0)
            .feature(FeatureSpec.mfcc(13)).pooling(Pooling.STATS).build();
    static final int FEATURES = 52;

    private BundleFixtures() {
    }

    static ModelBundle bundle(String architectureName) {
        ModelArchitecture arch = new ModelArchitecture(architectureName, 3, new int[] {FEATURES},
                Map.of("dropout", "0.3"));
        SplittableRandom rng = new SplittableRandom(3);
        float[][] rows = new float[10][FEATURES];
        for (float[] r : rows) {
            for (int j = 0; j < FEATURES; j++) {
                r[j] = (float) (j + rng.nextGaussian());
            }
        }
        FeatureScaler scaler = FeatureScaler.of(Scaling.PER_ELEMENT, new int[] {FEATURES}, StandardScaler.fit(rows));
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("test_uar", 0.625);
        metrics.put("test_accuracy", 0.7);
        TrainingMetadata meta = new TrainingMetadata(List.of("synthetic"), "speaker hold-out 25%", metrics,
                Instant.parse("2026-01-02T03:04:05Z"), "0.1.0-SNAPSHOT", 17, Map.of("epochs", "12"));
        return ModelBundle.of(arch, RECIPE, scaler, List.of("angry", "neutral", "sad"), meta,
                ModelArchitecture.of("mlp-seed004", 3, FEATURES).build(17));
    }
}
