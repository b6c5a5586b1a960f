package io.github.ser4j.nn.tensor;

import java.util.Arrays;

/**
 * A float32 N-dimensional array, contiguous and row-major, that may take part in
 * reverse-mode automatic differentiation.
 *
 * <p>The values live in one {@code float[]} ({@link #data()}); element {@code (i0, .., ik)}
 * is at {@code sum_j ij * stride_j} with {@code stride_k = 1}. A tensor that
 * {@link #requiresGrad() requires a gradient} gets a gradient array of the same size
 * ({@link #grad()}), allocated on first use and accumulated into by backward passes.
 */
public final class Tensor {
    private final float[] data;
    private final int[] shape;
    private float[] grad;
    private boolean requiresGrad;

    private Tensor(float[] data, int[] shape) {
        this.data = data;
        this.shape = shape;
    }

    /** A tensor of zeros of the given shape. */
    public static Tensor zeros(int... shape) {
        return new Tensor(new float[checkedSize(shape)], shape.clone());
    }

    /** Wraps {@code data} (not copied) as a tensor of the given shape. */
    public static Tensor of(float[] data, int... shape) {
        int n = checkedSize(shape);
        if (data.length != n) {
            throw new IllegalArgumentException("data of length " + data.length + " does not fit shape "
                    + Arrays.toString(shape) + " (" + n + " elements)");
        }
        return new Tensor(data, shape.clone());
    }

    static int checkedSize(int[] shape) {
        long n = 1;
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] < 0) {
                throw new IllegalArgumentException("negative dimension " + shape[i] + " at axis " + i
                        + " of shape " + Arrays.toString(shape));
            }
            n *= shape[i];
            if (n > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " is too large");
            }
        }
        return (int) n;
    }

    /** The backing array (not a copy). */
    public float[] data() {
        return data;
    }

    /** The shape (a copy). */
    public int[] shape() {
        return shape.clone();
    }

    /** Size of axis {@code axis}; negative axes count from the end. */
    public int dim(int axis) {
        return shape[axis < 0 ? shape.length + axis : axis];
    }

    /** Number of axes. */
    public int rank() {
        return shape.length;
    }

    /** Number of elements. */
    public int numel() {
        return data.length;
    }

    /** Whether backward passes accumulate a gradient into this tensor. */
    public boolean requiresGrad() {
        return requiresGrad;
    }

    /** Marks this tensor as a leaf that collects gradients; returns this. */
    public Tensor requiresGrad(boolean value) {
        this.requiresGrad = value;
        return this;
    }

    /** The accumulated gradient (same layout as {@link #data()}), or null if none yet. */
    public float[] grad() {
        return grad;
    }

    /** The gradient array, allocated (zeroed) if absent. */
    public float[] gradOrAllocate() {
        if (grad == null) {
            grad = new float[data.length];
        }
        return grad;
    }

    /** Sets the accumulated gradient to zero (keeps the array). */
    public void zeroGrad() {
        if (grad != null) {
            Arrays.fill(grad, 0f);
        }
    }

    @Override
    public String toString() {
        return "Tensor" + Arrays.toString(shape);
    }
}
