package io.github.ser4j.data.metrics;

import java.util.List;

/**
 * Counts of (true class, predicted class) pairs: row {@code i}, column {@code j} is the
 * number of samples of class {@code i} predicted as {@code j} (scikit-learn's
 * {@code confusion_matrix} layout: rows are true labels).
 */
public final class ConfusionMatrix {
    private final List<String> labels;
    private final long[][] counts;

    private ConfusionMatrix(List<String> labels, long[][] counts) {
        this.labels = labels;
        this.counts = counts;
    }

    /**
     * Counts the pairs.
     *
     * @param yTrue  true class indices
     * @param yPred  predicted class indices, same length
     * @param labels class names, index {@code i} at position {@code i}
     * @throws IllegalArgumentException on different lengths or an index out of range
     */
    public static ConfusionMatrix of(int[] yTrue, int[] yPred, List<String> labels) {
        if (yTrue.length != yPred.length) {
            throw new IllegalArgumentException("yTrue has " + yTrue.length + " labels, yPred " + yPred.length);
        }
        int k = labels.size();
        if (k == 0) {
            throw new IllegalArgumentException("labels must name at least one class");
        }
        long[][] c = new long[k][k];
        for (int i = 0; i < yTrue.length; i++) {
            if (yTrue[i] < 0 || yTrue[i] >= k) {
                throw new IllegalArgumentException("yTrue[" + i + "] = " + yTrue[i] + " out of range [0, " + k + ")");
            }
            if (yPred[i] < 0 || yPred[i] >= k) {
                throw new IllegalArgumentException("yPred[" + i + "] = " + yPred[i] + " out of range [0, " + k + ")");
            }
            c[yTrue[i]][yPred[i]]++;
        }
        return new ConfusionMatrix(List.copyOf(labels), c);
    }

    /** The class names. */
    public List<String> labels() {
        return labels;
    }

    /** Number of classes. */
    public int size() {
        return labels.size();
    }

    /** The counts, rows = true class, a copy. */
    public long[][] counts() {
        long[][] out = new long[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            out[i] = counts[i].clone();
        }
        return out;
    }

    /** Count of class {@code trueClass} predicted as {@code predicted}. */
    public long count(int trueClass, int predicted) {
        return counts[trueClass][predicted];
    }

    /** Samples of class {@code c} (row sum): its support. */
    public long support(int c) {
        long s = 0;
        for (long v : counts[c]) {
            s += v;
        }
        return s;
    }

    /** Samples predicted as class {@code c} (column sum). */
    public long predicted(int c) {
        long s = 0;
        for (long[] row : counts) {
            s += row[c];
        }
        return s;
    }

    /** Total number of samples. */
    public long total() {
        long s = 0;
        for (int c = 0; c < counts.length; c++) {
            s += support(c);
        }
        return s;
    }

    /**
     * Each row divided by its sum (scikit-learn's {@code normalize='true'}): entry
     * {@code (i, j)} is the share of class {@code i} predicted as {@code j}; the diagonal
     * is the per-class recall. A row with no samples is all zeros.
     */
    public double[][] normalizedByTrue() {
        double[][] out = new double[counts.length][counts.length];
        for (int i = 0; i < counts.length; i++) {
            long s = support(i);
            for (int j = 0; j < counts.length; j++) {
                out[i][j] = s == 0 ? 0.0 : counts[i][j] / (double) s;
            }
        }
        return out;
    }

    /** A fixed-width table: true classes down, predicted across. */
    public String format() {
        int w = 6;
        for (String l : labels) {
            w = Math.max(w, l.length());
        }
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%" + w + "s", "true\\pred"));
        for (String l : labels) {
            sb.append(' ').append(String.format("%" + w + "s", l));
        }
        sb.append('\n');
        for (int i = 0; i < counts.length; i++) {
            sb.append(String.format("%" + w + "s", labels.get(i)));
            for (long v : counts[i]) {
                sb.append(' ').append(String.format("%" + w + "d", v));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
