package io.github.ser4j.model.train;

import io.github.ser4j.data.features.FeatureSet;
import io.github.ser4j.data.prep.LabelEncoder;
import io.github.ser4j.nn.tensor.Tensor;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Examples for a network: one float tensor per example, all of the same shape (without the
 * batch axis, e.g. {@code [1, 880]} or {@code [1, 64, 301]}), stored flat, each with an
 * integer class label in {@code [0, numClasses)}.
 *
 * <p>The arrays are held, not copied: the dataset is immutable by convention, and the
 * {@link Trainer} never writes into them (scaling makes new arrays).
 */
public final class FeatureDataset {
    private final int[] sampleShape;
    private final float[][] samples;
    private final int[] labels;
    private final int numClasses;
    private final int sampleSize;

    private FeatureDataset(int[] sampleShape, float[][] samples, int[] labels, int numClasses) {
        this.sampleShape = sampleShape.clone();
        this.samples = samples;
        this.labels = labels.clone();
        this.numClasses = numClasses;
        this.sampleSize = checkShape(sampleShape);
        if (numClasses < 2) {
            throw new IllegalArgumentException("numClasses must be >= 2, got " + numClasses);
        }
        if (samples.length != labels.length) {
            throw new IllegalArgumentException(samples.length + " samples but " + labels.length + " labels");
        }
        for (int i = 0; i < samples.length; i++) {
            if (samples[i] == null || samples[i].length != sampleSize) {
                String has = samples[i] == null ? "no" : Integer.toString(samples[i].length);
                throw new IllegalArgumentException("sample " + i + " has " + has
                        + " values, the shape " + Arrays.toString(sampleShape) + " needs " + sampleSize);
            }
            if (labels[i] < 0 || labels[i] >= numClasses) {
                throw new IllegalArgumentException("label of sample " + i + " is " + labels[i] + ", outside [0, "
                        + numClasses + ")");
            }
        }
    }

    static int checkShape(int[] shape) {
        if (shape == null || shape.length == 0) {
            throw new IllegalArgumentException("sampleShape must have at least one axis, got "
                    + Arrays.toString(shape));
        }
        long n = 1;
        for (int d : shape) {
            if (d < 1) {
                throw new IllegalArgumentException("sampleShape axes must be >= 1, got " + Arrays.toString(shape));
            }
            n *= d;
            if (n > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("sampleShape " + Arrays.toString(shape) + " is too large");
            }
        }
        return (int) n;
    }

    /**
     * A dataset of flat samples of {@code sampleShape}.
     *
     * @throws IllegalArgumentException when a sample's length does not match the shape or a
     *                                  label is outside {@code [0, numClasses)}
     */
    public static FeatureDataset of(int[] sampleShape, float[][] samples, int[] labels, int numClasses) {
        return new FeatureDataset(sampleShape, Objects.requireNonNull(samples, "samples"),
                Objects.requireNonNull(labels, "labels"), numClasses);
    }

    /**
     * The examples of an extracted {@link FeatureSet}, labelled by {@code encoder}, reshaped to
     * {@code sampleShape} (the network's input: e.g. {@code [1, 880]} for a recipe giving
     * {@code [880]}, {@code [1, 64, 301]} for one giving {@code [64, 301]}).
     *
     * @throws IllegalArgumentException when an example's size differs from the shape's, or its
     *                                  emotion is not one of the encoder's classes
     */
    public static FeatureDataset of(FeatureSet set, LabelEncoder encoder, int[] sampleShape) {
        List<FeatureSet.Entry> entries = set.entries();
        float[][] x = new float[entries.size()][];
        int[] y = new int[entries.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = entries.get(i).features().data();
            y[i] = encoder.encode(entries.get(i).label());
        }
        return of(sampleShape, x, y, encoder.size());
    }

    /** The shape of one example, without the batch axis (a copy). */
    public int[] sampleShape() {
        return sampleShape.clone();
    }

    /** Values per example. */
    public int sampleSize() {
        return sampleSize;
    }

    /** Number of examples. */
    public int size() {
        return samples.length;
    }

    /** Number of classes. */
    public int numClasses() {
        return numClasses;
    }

    /** Example {@code i}, flat (the stored array, not a copy: do not modify). */
    public float[] sample(int i) {
        return samples[i];
    }

    /** The label of example {@code i}. */
    public int label(int i) {
        return labels[i];
    }

    /** All labels (a copy). */
    public int[] labels() {
        return labels.clone();
    }

    /** The same labels with other sample values of the same shape (used for scaling). */
    FeatureDataset withSamples(float[][] newSamples) {
        return new FeatureDataset(sampleShape, newSamples, labels, numClasses);
    }

    /** Examples {@code indices[from..to)} stacked into a batch tensor {@code [to - from, ...shape]}. */
    Tensor batch(int[] indices, int from, int to) {
        int b = to - from;
        float[] data = new float[b * sampleSize];
        for (int i = 0; i < b; i++) {
            System.arraycopy(samples[indices[i + from]], 0, data, i * sampleSize, sampleSize);
        }
        int[] shape = new int[sampleShape.length + 1];
        shape[0] = b;
        System.arraycopy(sampleShape, 0, shape, 1, sampleShape.length);
        return Tensor.of(data, shape);
    }

    /** The labels of examples {@code indices[from..to)}. */
    int[] batchLabels(int[] indices, int from, int to) {
        int[] out = new int[to - from];
        for (int i = 0; i < out.length; i++) {
            out[i] = labels[indices[i + from]];
        }
        return out;
    }

    @Override
    public String toString() {
        return "FeatureDataset[" + samples.length + " x " + Arrays.toString(sampleShape) + ", " + numClasses
                + " classes]";
    }
}
