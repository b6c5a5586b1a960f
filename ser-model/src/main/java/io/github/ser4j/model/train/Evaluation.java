package io.github.ser4j.model.train;

import io.github.ser4j.data.metrics.ClassificationReport;
import io.github.ser4j.nn.layers.Module;
import io.github.ser4j.nn.tensor.NoGrad;
import io.github.ser4j.nn.tensor.Tensor;

import java.util.ArrayList;
import java.util.List;

/**
 * A network's predictions on a dataset and what they score: mean cross-entropy, and the
 * scikit-learn-compatible {@link ClassificationReport} (accuracy, UAR, per-class P/R/F1).
 *
 * @param loss          mean unweighted cross-entropy {@code -log p(y | x)}, accumulated in double
 * @param report        accuracy, UAR and per-class figures
 * @param probabilities softmax probabilities per example, {@code [examples][classes]}
 * @param predicted     the arg-max class per example (the first on ties)
 */
public record Evaluation(double loss, ClassificationReport report, float[][] probabilities, int[] predicted) {

    /** Accuracy. */
    public double accuracy() {
        return report.accuracy();
    }

    /** Unweighted average recall. */
    public double uar() {
        return report.uar();
    }

    /**
     * Runs {@code model} in evaluation mode, without recording a graph, over {@code data}
     * (already scaled) in batches of {@code batchSize}, and scores it. The model is left in
     * evaluation mode.
     *
     * @param labels class names for the report, or null for {@code "0", "1", ...}
     */
    public static Evaluation of(Module model, FeatureDataset data, int batchSize, List<String> labels) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be >= 1, got " + batchSize);
        }
        int n = data.size();
        int k = data.numClasses();
        List<String> names = labels != null ? labels : defaultLabels(k);
        if (names.size() != k) {
            throw new IllegalArgumentException(names.size() + " label names for " + k + " classes");
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        float[][] probs = new float[n][];
        int[] pred = new int[n];
        double lossSum = 0;
        model.eval();
        try (NoGrad scope = NoGrad.enter()) {
            for (int from = 0; from < n; from += batchSize) {
                int to = Math.min(n, from + batchSize);
                Tensor logits = model.forward(data.batch(order, from, to));
                checkLogits(logits, to - from, k);
                float[] z = logits.data();
                for (int i = from; i < to; i++) {
                    probs[i] = new float[k];
                    double logSumExp = softmax(z, (i - from) * k, k, probs[i]);
                    pred[i] = argMax(probs[i]);
                    lossSum += logSumExp - z[(i - from) * k + data.label(i)];
                }
            }
        }
        ClassificationReport report = ClassificationReport.of(data.labels(), pred, names);
        return new Evaluation(n == 0 ? Double.NaN : lossSum / n, report, probs, pred);
    }

    /**
     * The evaluation of averaged predictions: per example, the mean of the views'
     * probabilities (test-time augmentation), scored against {@code truth}; the loss is the
     * mean {@code -log} of the averaged probability of the true class.
     *
     * @param views evaluations of the same examples, in the same order, at least one
     * @param truth the true class per example
     * @param names class names for the report
     */
    public static Evaluation averaged(List<Evaluation> views, int[] truth, List<String> names) {
        if (views.isEmpty()) {
            throw new IllegalArgumentException("no views to average");
        }
        int n = truth.length;
        int k = names.size();
        float[][] probs = new float[n][k];
        for (Evaluation v : views) {
            if (v.probabilities().length != n) {
                throw new IllegalArgumentException("a view has " + v.probabilities().length + " examples, expected " + n);
            }
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < k; c++) {
                    probs[i][c] += v.probabilities()[i][c] / views.size();
                }
            }
        }
        int[] pred = new int[n];
        double lossSum = 0;
        for (int i = 0; i < n; i++) {
            pred[i] = argMax(probs[i]);
            lossSum -= Math.log(Math.max(probs[i][truth[i]], 1e-30));
        }
        return new Evaluation(n == 0 ? Double.NaN : lossSum / n, ClassificationReport.of(truth, pred, names), probs,
                pred);
    }

    static void checkLogits(Tensor logits, int batch, int k) {
        if (logits.rank() != 2 || logits.dim(0) != batch || logits.dim(1) != k) {
            throw new IllegalStateException("the network gives logits of shape "
                    + java.util.Arrays.toString(logits.shape())
                    + ", expected [" + batch + ", " + k + "]");
        }
    }

    /**
     * Softmax of {@code z[off .. off+k)} into {@code out}, computed in double from the
     * maximum down (so no exponent overflows); returns {@code log(sum(exp(z)))}.
     */
    public static double softmax(float[] z, int off, int k, float[] out) {
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) {
            max = Math.max(max, z[off + c]);
        }
        double sum = 0;
        double[] e = new double[k];
        for (int c = 0; c < k; c++) {
            e[c] = Math.exp(z[off + c] - max);
            sum += e[c];
        }
        for (int c = 0; c < k; c++) {
            out[c] = (float) (e[c] / sum);
        }
        return max + Math.log(sum);
    }

    /** Index of the largest value, the first on ties. */
    public static int argMax(float[] v) {
        int best = 0;
        for (int c = 1; c < v.length; c++) {
            if (v[c] > v[best]) {
                best = c;
            }
        }
        return best;
    }

    private static List<String> defaultLabels(int k) {
        List<String> out = new ArrayList<>(k);
        for (int c = 0; c < k; c++) {
            out.add(Integer.toString(c));
        }
        return out;
    }
}
