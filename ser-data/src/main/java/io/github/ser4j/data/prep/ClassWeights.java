package io.github.ser4j.data.prep;

/**
 * Per-class loss weights for imbalanced data.
 *
 * <p>{@link #balanced} is scikit-learn's {@code compute_class_weight("balanced")}:
 * {@code w_c = n_samples / (n_classes * count_c)}, so every class contributes the same
 * total weight; a rare class's examples count more.
 */
public final class ClassWeights {
    private ClassWeights() {
    }

    /**
     * Balanced weights.
     *
     * @param y        class indices in {@code [0, nClasses)}
     * @param nClasses number of classes
     * @throws IllegalArgumentException if a label is out of range or a class has no sample
     *                                  (its weight would be infinite, as scikit-learn refuses too)
     */
    public static double[] balanced(int[] y, int nClasses) {
        if (nClasses < 1) {
            throw new IllegalArgumentException("nClasses must be >= 1, got " + nClasses);
        }
        long[] count = new long[nClasses];
        for (int i = 0; i < y.length; i++) {
            if (y[i] < 0 || y[i] >= nClasses) {
                throw new IllegalArgumentException("label y[" + i + "] = " + y[i] + " out of range [0, " + nClasses + ")");
            }
            count[y[i]]++;
        }
        double[] w = new double[nClasses];
        for (int c = 0; c < nClasses; c++) {
            if (count[c] == 0) {
                throw new IllegalArgumentException("class " + c + " has no sample; cannot weight it");
            }
            w[c] = y.length / (double) (nClasses * count[c]);
        }
        return w;
    }
}
