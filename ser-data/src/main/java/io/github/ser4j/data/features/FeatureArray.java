package io.github.ser4j.data.features;

import java.util.Arrays;
import java.util.Objects;

/**
 * A float32 array in C order with its shape: what a recipe produces for one utterance
 * ({@code [n]} for pooled vectors, {@code [rows, frames]} for frame matrices), and what the
 * cache and the {@code .npy} writer store.
 *
 * @param shape the dimensions, each {@code >= 0}, product equal to {@code data.length}
 * @param data  the values, last axis fastest (not copied: treat as read-only)
 */
public record FeatureArray(int[] shape, float[] data) {

    /** Validates that the shape matches the data. */
    public FeatureArray {
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(data, "data");
        shape = shape.clone();
        long n = 1;
        for (int d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException("shape has a negative dimension: " + Arrays.toString(shape));
            }
            n *= d;
        }
        if (n != data.length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " holds " + n + " values, data has "
                    + data.length);
        }
    }

    /** A 1-D array. */
    public static FeatureArray vector(float[] v) {
        return new FeatureArray(new int[] {v.length}, v);
    }

    /** A 2-D array from rows of equal length ({@code [coefficient][frame]}), copied into C order. */
    public static FeatureArray matrix(float[][] m) {
        int rows = m.length;
        int cols = rows == 0 ? 0 : m[0].length;
        float[] d = new float[rows * cols];
        for (int i = 0; i < rows; i++) {
            if (m[i].length != cols) {
                throw new IllegalArgumentException("row " + i + " has " + m[i].length + " values, row 0 has " + cols);
            }
            System.arraycopy(m[i], 0, d, i * cols, cols);
        }
        return new FeatureArray(new int[] {rows, cols}, d);
    }

    /** The shape (a copy). */
    @Override
    public int[] shape() {
        return shape.clone();
    }

    /** Number of dimensions. */
    public int rank() {
        return shape.length;
    }

    /** Number of values. */
    public int size() {
        return data.length;
    }

    /** This 2-D array as rows ({@code [coefficient][frame]}), copied. */
    public float[][] toMatrix() {
        if (shape.length != 2) {
            throw new IllegalStateException("not a matrix: shape " + Arrays.toString(shape));
        }
        float[][] m = new float[shape[0]][];
        for (int i = 0; i < shape[0]; i++) {
            m[i] = Arrays.copyOfRange(data, i * shape[1], (i + 1) * shape[1]);
        }
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeatureArray other && Arrays.equals(shape, other.shape) && Arrays.equals(data, other.data);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(shape) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "FeatureArray" + Arrays.toString(shape);
    }
}
