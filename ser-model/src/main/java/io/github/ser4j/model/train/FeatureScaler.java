package io.github.ser4j.model.train;

import io.github.ser4j.data.prep.StandardScaler;

import java.util.Arrays;
import java.util.Objects;

/**
 * A fitted standardisation for samples of one shape: a {@link Scaling} mode and the
 * scikit-learn-compatible {@link StandardScaler} holding its statistics. Fitted on the
 * training part by the {@link Trainer}, stored in the model bundle and applied to every
 * input at inference, so live audio is scaled exactly as the training data was.
 *
 * <p>{@link Scaling#PER_ELEMENT} standardises the flattened sample with one mean and scale
 * per value; {@link Scaling#PER_ROW} views a sample as {@code [rows, frames]} (the last axis
 * is time) and standardises each row with statistics over all training frames. Both compute
 * {@code (float) ((x - mean) / scale)} in double precision, as {@link StandardScaler#transform}.
 * Instances are immutable and thread-safe.
 */
public final class FeatureScaler {
    private final Scaling mode;
    private final int[] sampleShape;
    private final StandardScaler scaler;
    private final double[] mean;
    private final double[] scale;

    private FeatureScaler(Scaling mode, int[] sampleShape, StandardScaler scaler) {
        this.mode = Objects.requireNonNull(mode, "mode");
        int size = FeatureDataset.checkShape(sampleShape);
        this.sampleShape = sampleShape.clone();
        this.scaler = scaler;
        if (mode == Scaling.NONE) {
            if (scaler != null) {
                throw new IllegalArgumentException("scaling NONE takes no StandardScaler");
            }
            mean = null;
            scale = null;
            return;
        }
        Objects.requireNonNull(scaler, "scaler");
        int want = mode == Scaling.PER_ELEMENT ? size : size / sampleShape[sampleShape.length - 1];
        if (scaler.features() != want) {
            throw new IllegalArgumentException("scaling " + mode + " of shape " + Arrays.toString(sampleShape)
                    + " needs " + want + " features, the StandardScaler has " + scaler.features());
        }
        mean = scaler.mean();
        scale = scaler.scale();
    }

    /** The identity scaling for samples of {@code sampleShape}. */
    public static FeatureScaler none(int[] sampleShape) {
        return new FeatureScaler(Scaling.NONE, sampleShape, null);
    }

    /**
     * A scaling with given statistics (as read from a bundle).
     *
     * @param scaler null for {@link Scaling#NONE}; otherwise with one feature per value
     *               ({@code PER_ELEMENT}) or per row ({@code PER_ROW})
     */
    public static FeatureScaler of(Scaling mode, int[] sampleShape, StandardScaler scaler) {
        return new FeatureScaler(mode, sampleShape, scaler);
    }

    /**
     * Fits the statistics of {@code mode} on {@code train}.
     *
     * @throws IllegalArgumentException if a training value is not finite, or
     *                                  {@code PER_ROW} is asked of one-axis samples
     */
    public static FeatureScaler fit(Scaling mode, FeatureDataset train) {
        int[] shape = train.sampleShape();
        return switch (mode) {
            case NONE -> none(shape);
            case PER_ELEMENT -> {
                float[][] rows = new float[train.size()][];
                for (int i = 0; i < rows.length; i++) {
                    rows[i] = train.sample(i);
                }
                yield new FeatureScaler(mode, shape, StandardScaler.fit(rows));
            }
            case PER_ROW -> {
                if (shape.length < 2) {
                    throw new IllegalArgumentException("scaling PER_ROW needs samples of at least two axes "
                            + "[rows, frames], got " + Arrays.toString(shape));
                }
                int frames = shape[shape.length - 1];
                int nRows = train.sampleSize() / frames;
                // every (sample, frame) is one observation of the nRows features
                float[][] obs = new float[Math.multiplyExact(train.size(), frames)][nRows];
                for (int i = 0; i < train.size(); i++) {
                    float[] s = train.sample(i);
                    for (int r = 0; r < nRows; r++) {
                        for (int t = 0; t < frames; t++) {
                            obs[i * frames + t][r] = s[r * frames + t];
                        }
                    }
                }
                yield new FeatureScaler(mode, shape, StandardScaler.fit(obs));
            }
        };
    }

    /** The mode. */
    public Scaling mode() {
        return mode;
    }

    /** The sample shape this scaling applies to (a copy). */
    public int[] sampleShape() {
        return sampleShape.clone();
    }

    /** The statistics, or null for {@link Scaling#NONE}. */
    public StandardScaler scaler() {
        return scaler;
    }

    /**
     * One sample standardised, into a new array (for {@code NONE}, a copy).
     *
     * @throws IllegalArgumentException if the sample's length does not fit the shape
     */
    public float[] apply(float[] sample) {
        int size = mode == Scaling.NONE ? FeatureDataset.checkShape(sampleShape)
                : mode == Scaling.PER_ELEMENT ? mean.length : mean.length * sampleShape[sampleShape.length - 1];
        if (sample.length != size) {
            throw new IllegalArgumentException("sample has " + sample.length + " values, the scaling was fitted on "
                    + "samples of shape " + Arrays.toString(sampleShape));
        }
        float[] out = new float[size];
        switch (mode) {
            case NONE -> System.arraycopy(sample, 0, out, 0, size);
            case PER_ELEMENT -> {
                for (int j = 0; j < size; j++) {
                    out[j] = (float) ((sample[j] - mean[j]) / scale[j]);
                }
            }
            case PER_ROW -> {
                int frames = sampleShape[sampleShape.length - 1];
                for (int r = 0; r < mean.length; r++) {
                    double m = mean[r];
                    double s = scale[r];
                    for (int t = r * frames, end = t + frames; t < end; t++) {
                        out[t] = (float) ((sample[t] - m) / s);
                    }
                }
            }
        }
        return out;
    }

    /** Every sample of {@code data} standardised (new arrays; the labels are shared). */
    public FeatureDataset apply(FeatureDataset data) {
        if (!Arrays.equals(data.sampleShape(), sampleShape)) {
            throw new IllegalArgumentException("dataset samples have shape " + Arrays.toString(data.sampleShape())
                    + ", the scaling was fitted on " + Arrays.toString(sampleShape));
        }
        float[][] out = new float[data.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = apply(data.sample(i));
        }
        return data.withSamples(out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeatureScaler f && f.mode == mode && Arrays.equals(f.sampleShape, sampleShape)
                && Objects.equals(f.scaler, scaler);
    }

    @Override
    public int hashCode() {
        return Objects.hash(mode, Arrays.hashCode(sampleShape), scaler);
    }

    @Override
    public String toString() {
        return "FeatureScaler[" + mode + ", " + Arrays.toString(sampleShape) + "]";
    }
}
