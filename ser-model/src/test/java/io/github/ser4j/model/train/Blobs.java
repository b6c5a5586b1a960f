package io.github.ser4j.model.train;

import io.github.ser4j.nn.layers.Dropout;
import io.github.ser4j.nn.layers.Linear;
import io.github.ser4j.nn.layers.Module;
import io.github.ser4j.nn.layers.ReLU;
import io.github.ser4j.nn.layers.Sequential;

import java.util.SplittableRandom;

/** Test data: Gaussian clusters, one per class, and a small network for them. */
final class Blobs {
    private Blobs() {
    }

    /**
     * {@code perClass[c]} examples of class {@code c}, {@code features} values each, drawn
     * around a class centre at distance {@code separation} (offset and scaled so features
     * are far from standardised).
     */
    static FeatureDataset make(int[] perClass, int features, double separation, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int k = perClass.length;
        double[][] centres = new double[k][features];
        SplittableRandom centreRng = new SplittableRandom(1234);
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < features; j++) {
                centres[c][j] = separation * centreRng.nextGaussian();
            }
        }
        int n = 0;
        for (int p : perClass) {
            n += p;
        }
        float[][] x = new float[n][features];
        int[] y = new int[n];
        int i = 0;
        for (int c = 0; c < k; c++) {
            for (int r = 0; r < perClass[c]; r++, i++) {
                y[i] = c;
                for (int j = 0; j < features; j++) {
                    x[i][j] = (float) (50 + 10 * j + 3 * (centres[c][j] + rng.nextGaussian()));
                }
            }
        }
        return FeatureDataset.of(new int[] {features}, x, y, k);
    }

    /** Linear - ReLU - Dropout - Linear, weights and dropout from {@code seed}. */
    static Module mlp(int features, int classes, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        return new Sequential(new Linear(features, 16, rng), new ReLU(), new Dropout(0.2f, rng),
                new Linear(16, classes, rng));
    }

    /** Linear - ReLU - Linear without dropout (a deterministic function of the weights). */
    static Module plainMlp(int features, int classes, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        return new Sequential(new Linear(features, 16, rng), new ReLU(), new Linear(16, classes, rng));
    }
}
