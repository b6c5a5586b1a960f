package io.github.ser4j.data.prep;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * Standardises features to zero mean and unit variance: {@code z = (x - mean) / scale}, as
 * scikit-learn's {@code StandardScaler()}.
 *
 * <p>Fit it on the <em>training</em> part only and apply the same instance to validation,
 * test and live input: statistics computed over the test data would leak it into
 * training. As in scikit-learn: the mean and the population variance ({@code ddof = 0})
 * are accumulated in double precision (two passes); {@code scale = sqrt(var)}; a feature
 * indistinguishable from a constant ({@code var <= n*eps*var + (n*mean*eps)^2}, eps the
 * double epsilon, scikit-learn's {@code _is_constant_feature}) gets scale 1, so it maps to 0
 * instead of dividing by zero.
 *
 * <p>Rows are samples, columns features: {@code float[samples][features]}. The fitted
 * statistics can be written to a stream ({@link #writeTo}) and read back ({@link
 * #readFrom}) so that a model bundle carries the scaler it was trained with.
 */
public final class StandardScaler {
    private static final int MAGIC = 0x53534331; // "SSC1"
    private static final int MAX_FEATURES = 1 << 22;
    private static final double EPS = Math.ulp(1.0);

    private final double[] mean;
    private final double[] scale;
    private final double[] variance;
    private final long samples;

    private StandardScaler(double[] mean, double[] variance, double[] scale, long samples) {
        this.mean = mean;
        this.variance = variance;
        this.scale = scale;
        this.samples = samples;
    }

    /**
     * Fits the per-feature mean and scale.
     *
     * @param rows {@code [samples][features]}, at least one row, all rows the same length
     * @throws IllegalArgumentException on no rows, ragged rows, or a non-finite value
     */
    public static StandardScaler fit(float[][] rows) {
        if (rows == null || rows.length == 0) {
            throw new IllegalArgumentException("fit needs at least one row");
        }
        int d = rows[0].length;
        double[] mean = new double[d];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != d) {
                throw new IllegalArgumentException("row " + i + " has " + rows[i].length
                        + " features, row 0 has " + d);
            }
            for (int j = 0; j < d; j++) {
                float v = rows[i][j];
                if (!Float.isFinite(v)) {
                    throw new IllegalArgumentException("row " + i + ", feature " + j + " is " + v);
                }
                mean[j] += v;
            }
        }
        int n = rows.length;
        for (int j = 0; j < d; j++) {
            mean[j] /= n;
        }
        double[] var = new double[d];
        for (float[] row : rows) {
            for (int j = 0; j < d; j++) {
                double c = row[j] - mean[j];
                var[j] += c * c;
            }
        }
        double[] scale = new double[d];
        for (int j = 0; j < d; j++) {
            var[j] /= n;
            double bound = n * EPS * var[j] + Math.pow(n * mean[j] * EPS, 2);
            scale[j] = var[j] <= bound ? 1.0 : Math.sqrt(var[j]);
        }
        return new StandardScaler(mean, var, scale, n);
    }

    /** A scaler with the given statistics (e.g. read from elsewhere). */
    public static StandardScaler of(double[] mean, double[] scale) {
        if (mean.length != scale.length) {
            throw new IllegalArgumentException("mean has " + mean.length + " features, scale " + scale.length);
        }
        for (int j = 0; j < scale.length; j++) {
            if (!(scale[j] > 0) || !Double.isFinite(scale[j]) || !Double.isFinite(mean[j])) {
                throw new IllegalArgumentException("feature " + j + ": mean " + mean[j] + ", scale "
                        + scale[j] + " (scale must be positive and finite)");
            }
        }
        double[] var = new double[scale.length];
        for (int j = 0; j < var.length; j++) {
            var[j] = scale[j] * scale[j];
        }
        return new StandardScaler(mean.clone(), var, scale.clone(), 0);
    }

    /** Number of features. */
    public int features() {
        return mean.length;
    }

    /** Per-feature mean ({@code mean_}), a copy. */
    public double[] mean() {
        return mean.clone();
    }

    /** Per-feature scale ({@code scale_}: population std, 1 for constant features), a copy. */
    public double[] scale() {
        return scale.clone();
    }

    /** Per-feature population variance ({@code var_}), a copy. */
    public double[] variance() {
        return variance.clone();
    }

    /** Number of rows fitted on (0 for a scaler made with {@link #of}). */
    public long samples() {
        return samples;
    }

    /** Standardises one row in place. */
    public void transformInPlace(float[] row) {
        checkWidth(row);
        for (int j = 0; j < row.length; j++) {
            row[j] = (float) ((row[j] - mean[j]) / scale[j]);
        }
    }

    /** Standardises one row into a new array. */
    public float[] transform(float[] row) {
        float[] out = row.clone();
        transformInPlace(out);
        return out;
    }

    /** Standardises every row into a new matrix. */
    public float[][] transform(float[][] rows) {
        float[][] out = new float[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = transform(rows[i]);
        }
        return out;
    }

    /** Undoes {@link #transform}: {@code x = z * scale + mean}, into a new array. */
    public float[] inverseTransform(float[] row) {
        checkWidth(row);
        float[] out = new float[row.length];
        for (int j = 0; j < row.length; j++) {
            out[j] = (float) (row[j] * scale[j] + mean[j]);
        }
        return out;
    }

    private void checkWidth(float[] row) {
        if (row.length != mean.length) {
            throw new IllegalArgumentException("row has " + row.length + " features, the scaler was fitted on "
                    + mean.length);
        }
    }

    /**
     * Writes the scaler: magic {@code "SSC1"}, feature count, sample count, then the means,
     * variances and scales as big-endian doubles. The stream is not closed.
     */
    public void writeTo(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(MAGIC);
        data.writeInt(mean.length);
        data.writeLong(samples);
        for (double[] a : new double[][] {mean, variance, scale}) {
            for (double v : a) {
                data.writeDouble(v);
            }
        }
        data.flush();
    }

    /**
     * Reads a scaler written by {@link #writeTo}.
     *
     * @throws IOException on a wrong magic number, an implausible feature count, a
     *                     non-positive scale, or a truncated stream
     */
    public static StandardScaler readFrom(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        int magic = data.readInt();
        if (magic != MAGIC) {
            throw new IOException(String.format("not a StandardScaler: magic 0x%08x, expected 0x%08x", magic, MAGIC));
        }
        int d = data.readInt();
        if (d < 0 || d > MAX_FEATURES) {
            throw new IOException("StandardScaler feature count " + d + " out of range [0, " + MAX_FEATURES + "]");
        }
        long n = data.readLong();
        double[][] a = new double[3][d];
        for (double[] arr : a) {
            for (int j = 0; j < d; j++) {
                arr[j] = data.readDouble();
            }
        }
        for (int j = 0; j < d; j++) {
            if (!(a[2][j] > 0) || !Double.isFinite(a[2][j])) {
                throw new IOException("StandardScaler feature " + j + " has scale " + a[2][j]);
            }
        }
        return new StandardScaler(a[0], a[1], a[2], n);
    }

    /** The scaler as bytes ({@link #writeTo}'s format). */
    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 + 24 * mean.length);
        try {
            writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Reads a scaler from {@link #toBytes()}'s bytes. */
    public static StandardScaler fromBytes(byte[] bytes) throws IOException {
        return readFrom(new ByteArrayInputStream(bytes));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StandardScaler s && Arrays.equals(mean, s.mean) && Arrays.equals(scale, s.scale)
                && Arrays.equals(variance, s.variance) && samples == s.samples;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(mean) * 31 + Arrays.hashCode(scale);
    }

    @Override
    public String toString() {
        return "StandardScaler[" + mean.length + " features, fitted on " + samples + " rows]";
    }
}
