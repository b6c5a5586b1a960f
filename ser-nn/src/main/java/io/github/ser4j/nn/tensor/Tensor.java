package io.github.ser4j.nn.tensor;

import io.github.ser4j.nn.ops.Add;
import io.github.ser4j.nn.ops.Div;
import io.github.ser4j.nn.ops.MatMul;
import io.github.ser4j.nn.ops.Mean;
import io.github.ser4j.nn.ops.Mul;
import io.github.ser4j.nn.ops.Permute;
import io.github.ser4j.nn.ops.Relu;
import io.github.ser4j.nn.ops.Reshape;
import io.github.ser4j.nn.ops.Scale;
import io.github.ser4j.nn.ops.Shift;
import io.github.ser4j.nn.ops.Sigmoid;
import io.github.ser4j.nn.ops.Slice;
import io.github.ser4j.nn.ops.Softmax;
import io.github.ser4j.nn.ops.Sub;
import io.github.ser4j.nn.ops.Sum;
import io.github.ser4j.nn.ops.Tanh;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * A float32 N-dimensional array, contiguous and row-major, that may take part in
 * reverse-mode automatic differentiation.
 *
 * <p>The values live in one {@code float[]} ({@link #data()}); element {@code (i0, .., ik)}
 * is at {@code sum_j ij * stride_j} with {@code stride_k = 1}. A tensor that
 * {@link #requiresGrad() requires a gradient} gets a gradient array of the same size
 * ({@link #grad()}), allocated on first use and accumulated into by backward passes.
 *
 * <p>A tensor made by an op while gradients are recorded remembers that op
 * ({@link #gradFn()}), which remembers its inputs: together they form the graph that
 * {@link #backward()} walks in reverse topological order. Leaves (tensors made by the
 * user, such as parameters) have no {@code gradFn}; their gradients accumulate across
 * backward calls until {@link #zeroGrad()}. Gradients of intermediate tensors are
 * dropped once they have been passed on, as in PyTorch.
 *
 * <p>The instance methods ({@link #add}, {@link #matmul}, {@link #relu} ...) are shorthands
 * for the op classes in {@code io.github.ser4j.nn.ops}, where forward and backward of each
 * op sit side by side.
 */
public final class Tensor {
    private final float[] data;
    private final int[] shape;
    private float[] grad;
    private boolean requiresGrad;
    private Function gradFn;

    private Tensor(float[] data, int[] shape) {
        this.data = data;
        this.shape = shape;
    }

    /** A tensor of zeros of the given shape. */
    public static Tensor zeros(int... shape) {
        return new Tensor(new float[checkedSize(shape)], shape.clone());
    }

    /** A tensor of the given shape with every element {@code value}. */
    public static Tensor full(float value, int... shape) {
        Tensor t = zeros(shape);
        Arrays.fill(t.data, value);
        return t;
    }

    /** A tensor of ones. */
    public static Tensor ones(int... shape) {
        return full(1f, shape);
    }

    /** A rank-0 tensor holding {@code value}. */
    public static Tensor scalar(float value) {
        return new Tensor(new float[] {value}, new int[0]);
    }

    /** Standard normal samples drawn from {@code rng}, in row-major order. */
    public static Tensor randn(RandomGenerator rng, int... shape) {
        Tensor t = zeros(shape);
        for (int i = 0; i < t.data.length; i++) {
            t.data[i] = (float) rng.nextGaussian();
        }
        return t;
    }

    /** Uniform samples in {@code [low, high)} drawn from {@code rng}, in row-major order. */
    public static Tensor uniform(RandomGenerator rng, float low, float high, int... shape) {
        Tensor t = zeros(shape);
        for (int i = 0; i < t.data.length; i++) {
            t.data[i] = low + (high - low) * rng.nextFloat();
        }
        return t;
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

    /** The single value of a one-element tensor. */
    public float item() {
        if (data.length != 1) {
            throw new IllegalStateException("item() needs one element, tensor has shape " + Arrays.toString(shape));
        }
        return data[0];
    }

    /** Whether backward passes accumulate a gradient into this tensor. */
    public boolean requiresGrad() {
        return requiresGrad;
    }

    /** Marks this tensor as a leaf that collects gradients; returns this. */
    public Tensor requiresGrad(boolean value) {
        if (gradFn != null && !value) {
            throw new IllegalStateException("cannot clear requiresGrad on a tensor produced by " + gradFn
                    + "; use detach()");
        }
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

    /** The op that produced this tensor, or null for a leaf. */
    public Function gradFn() {
        return gradFn;
    }

    /** Whether this tensor was made by the user rather than recorded from an op. */
    public boolean isLeaf() {
        return gradFn == null;
    }

    void attach(Function fn) {
        this.gradFn = fn;
        this.requiresGrad = true;
    }

    /** A tensor sharing this one's values but cut from the graph (no gradient flows back). */
    public Tensor detach() {
        return new Tensor(data, shape);
    }

    /** A deep copy of the values (no graph, no gradient). */
    public Tensor copy() {
        return new Tensor(data.clone(), shape);
    }

    /**
     * Back-propagates from this one-element tensor (a loss): dL/dL = 1 is pushed through the
     * recorded graph and accumulated into every reachable tensor that requires a gradient.
     */
    public void backward() {
        if (data.length != 1) {
            throw new IllegalStateException("backward() without a gradient needs a one-element tensor, got shape "
                    + Arrays.toString(shape) + "; use backward(float[])");
        }
        backward(new float[] {1f});
    }

    /**
     * Back-propagates {@code gradOutput} = dL/d(this) (same layout as {@link #data()}) through
     * the recorded graph, as PyTorch's {@code y.backward(g)}.
     */
    public void backward(float[] gradOutput) {
        if (!requiresGrad) {
            throw new IllegalStateException("backward() on a tensor of shape " + Arrays.toString(shape)
                    + " that does not require grad (no input required grad, or it was made under NoGrad)");
        }
        if (gradOutput.length != data.length) {
            throw new IllegalArgumentException("gradient of length " + gradOutput.length + " for tensor of shape "
                    + Arrays.toString(shape));
        }
        List<Tensor> order = topologicalOrder();
        float[] g = gradOrAllocate();
        for (int i = 0; i < g.length; i++) {
            g[i] += gradOutput[i];
        }
        for (int i = order.size() - 1; i >= 0; i--) {
            Tensor t = order.get(i);
            if (t.gradFn == null || t.grad == null) {
                continue;
            }
            t.gradFn.backward(t.grad);
            t.grad = null; // an intermediate's gradient is consumed once passed on
        }
    }

    /** Tensors reachable from this one, each after all of its inputs (iterative DFS). */
    private List<Tensor> topologicalOrder() {
        List<Tensor> order = new ArrayList<>();
        Set<Tensor> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        ArrayDeque<Object[]> stack = new ArrayDeque<>();
        seen.add(this);
        stack.push(new Object[] {this, 0});
        while (!stack.isEmpty()) {
            Object[] frame = stack.peek();
            Tensor t = (Tensor) frame[0];
            int next = (Integer) frame[1];
            Tensor[] inputs = t.gradFn == null ? new Tensor[0] : t.gradFn.inputs();
            if (next < inputs.length) {
                frame[1] = next + 1;
                Tensor in = inputs[next];
                if (in != null && in.requiresGrad && seen.add(in)) {
                    stack.push(new Object[] {in, 0});
                }
            } else {
                stack.pop();
                order.add(t);
            }
        }
        return order;
    }

    // ---- shorthands for the ops (see io.github.ser4j.nn.ops) ----

    /** {@code this + other} with numpy broadcasting. */
    public Tensor add(Tensor other) {
        return Add.apply(this, other);
    }

    /** {@code this - other} with numpy broadcasting. */
    public Tensor sub(Tensor other) {
        return Sub.apply(this, other);
    }

    /** {@code this * other} element-wise with numpy broadcasting. */
    public Tensor mul(Tensor other) {
        return Mul.apply(this, other);
    }

    /** {@code this / other} element-wise with numpy broadcasting. */
    public Tensor div(Tensor other) {
        return Div.apply(this, other);
    }

    /** {@code this * factor}. */
    public Tensor mul(float factor) {
        return Scale.apply(this, factor);
    }

    /** {@code this + constant}. */
    public Tensor add(float constant) {
        return Shift.apply(this, constant);
    }

    /** Matrix product over the last two axes, batched over the leading ones. */
    public Tensor matmul(Tensor other) {
        return MatMul.apply(this, other);
    }

    /** Sum of all elements (rank 0). */
    public Tensor sum() {
        return Sum.apply(this, null, false);
    }

    /** Sum over {@code axes} (negative axes count from the end). */
    public Tensor sum(boolean keepDim, int... axes) {
        return Sum.apply(this, axes, keepDim);
    }

    /** Mean of all elements (rank 0). */
    public Tensor mean() {
        return Mean.apply(this, null, false);
    }

    /** Mean over {@code axes} (negative axes count from the end). */
    public Tensor mean(boolean keepDim, int... axes) {
        return Mean.apply(this, axes, keepDim);
    }

    /** The same values under a new shape (one axis may be -1, inferred). Shares data. */
    public Tensor reshape(int... newShape) {
        return Reshape.apply(this, newShape);
    }

    /** Axes reordered: output axis {@code i} is input axis {@code order[i]}. */
    public Tensor permute(int... order) {
        return Permute.apply(this, order);
    }

    /** Swaps two axes. */
    public Tensor transpose(int axis0, int axis1) {
        return Permute.transpose(this, axis0, axis1);
    }

    /** Elements {@code start..end-1} along {@code axis}. */
    public Tensor slice(int axis, int start, int end) {
        return Slice.apply(this, axis, start, end);
    }

    /** {@code max(x, 0)}. */
    public Tensor relu() {
        return Relu.apply(this);
    }

    /** Hyperbolic tangent. */
    public Tensor tanh() {
        return Tanh.apply(this);
    }

    /** Logistic sigmoid {@code 1 / (1 + e^-x)}. */
    public Tensor sigmoid() {
        return Sigmoid.apply(this);
    }

    /** Softmax over {@code axis}. */
    public Tensor softmax(int axis) {
        return Softmax.apply(this, axis);
    }

    @Override
    public String toString() {
        return "Tensor" + Arrays.toString(shape) + (gradFn != null ? " <" + gradFn + ">" : requiresGrad ? " (requires grad)" : "");
    }
}
