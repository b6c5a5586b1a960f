package io.github.ser4j.nn.optim;

import io.github.ser4j.nn.io.NpyArray;
import io.github.ser4j.nn.io.NpyDtype;
import io.github.ser4j.nn.io.StateMismatchException;
import io.github.ser4j.nn.tensor.Tensor;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A gradient-based optimizer over a fixed set of named parameter tensors, after
 * {@code torch.optim.Optimizer} with one parameter group.
 *
 * <p>Each {@link #step()} reads every parameter's accumulated gradient
 * ({@link Tensor#grad()}) and updates the parameter's values in place; parameters whose
 * gradient was never allocated are skipped, as PyTorch skips {@code p.grad is None}.
 * The learning rate and the momentum coefficient (SGD's momentum, Adam's beta1) are
 * settable so that schedules such as {@link OneCycleLr} can drive them.
 *
 * <p>The optimizer's state (per-parameter buffers, step counts, the current learning rate
 * and momentum) is exported by {@link #stateDict()} as named arrays keyed by parameter name,
 * e.g. {@code "conv1.weight.exp_avg"}, and restored by {@link #loadStateDict(Map)}, so a
 * run can be resumed from a checkpoint.
 */
public abstract class Optimizer {
    private final Map<String, Tensor> params;

    /** An optimizer over the given parameters, keyed by name (e.g. {@code module.namedParameters()}). */
    protected Optimizer(Map<String, Tensor> params) {
        if (params.isEmpty()) {
            throw new IllegalArgumentException("optimizer got an empty parameter list");
        }
        this.params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** Names {@code params} by position: {@code "0"}, {@code "1"}, ... */
    protected static Map<String, Tensor> byPosition(List<Tensor> params) {
        Map<String, Tensor> m = new LinkedHashMap<>();
        for (int i = 0; i < params.size(); i++) {
            m.put(Integer.toString(i), params.get(i));
        }
        return m;
    }

    /** The optimized parameters, by name, in order. */
    public final Map<String, Tensor> parameters() {
        return params;
    }

    /** Applies one update to every parameter that has a gradient. */
    public abstract void step();

    /** Zeroes every parameter's gradient (keeps the arrays). */
    public void zeroGrad() {
        for (Tensor p : params.values()) {
            p.zeroGrad();
        }
    }

    /** The current learning rate. */
    public abstract double learningRate();

    /** Sets the learning rate used by the next steps. */
    public abstract void setLearningRate(double lr);

    /** The momentum coefficient a schedule may cycle: SGD's momentum, Adam's beta1. */
    public abstract double momentum();

    /** Sets the momentum coefficient (SGD's momentum, Adam's beta1). */
    public abstract void setMomentum(double momentum);

    /**
     * The state needed to resume: learning rate ({@code "lr"}), momentum
     * ({@code "momentum"}), and per-parameter buffers named {@code "<param>.<buffer>"}.
     */
    public abstract Map<String, NpyArray> stateDict();

    /**
     * Restores a state produced by {@link #stateDict()} of an optimizer of the same kind over
     * parameters of the same names and shapes.
     *
     * @throws StateMismatchException if a buffer is missing, unexpected or of another shape
     */
    public abstract void loadStateDict(Map<String, NpyArray> state) throws StateMismatchException;

    static void checkRate(String field, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(field + " must be a finite value >= 0, got " + v);
        }
    }

    static void checkUnit(String field, double v) {
        if (!(v >= 0 && v < 1)) {
            throw new IllegalArgumentException(field + " must be in [0, 1), got " + v);
        }
    }

    /** A float64 scalar array, the form hyperparameters take in a state dict. */
    static NpyArray scalar(double v) {
        return NpyArray.ofDoubles(new double[]{v});
    }

    /** Reads a scalar hyperparameter from {@code state}. */
    static double scalar(Map<String, NpyArray> state, String key) throws StateMismatchException {
        NpyArray a = require(state, key);
        if (a.size() != 1) {
            throw new StateMismatchException("optimizer state", key,
                    "expected a scalar, got shape " + Arrays.toString(a.shape()));
        }
        return a.toDoubles()[0];
    }

    static NpyArray require(Map<String, NpyArray> state, String key) throws StateMismatchException {
        NpyArray a = state.get(key);
        if (a == null) {
            throw new StateMismatchException("optimizer state", key, "missing from the state");
        }
        return a;
    }

    /** Reads a float buffer for parameter {@code p}, checking its shape against the parameter. */
    static float[] buffer(Map<String, NpyArray> state, String key, Tensor p) throws StateMismatchException {
        NpyArray a = require(state, key);
        if (!Arrays.equals(a.shape(), p.shape()) || !a.dtype().isFloating()) {
            throw new StateMismatchException("optimizer state", key, "expected float shape "
                    + Arrays.toString(p.shape()) + ", got " + a.dtype() + " " + Arrays.toString(a.shape()));
        }
        return a.toFloats();
    }

    /** Reads an integer step count. */
    static long count(Map<String, NpyArray> state, String key) throws StateMismatchException {
        NpyArray a = require(state, key);
        if (a.size() != 1 || a.dtype() != NpyDtype.INT64) {
            throw new StateMismatchException("optimizer state", key, "expected an int64 scalar, got "
                    + a.dtype() + " " + Arrays.toString(a.shape()));
        }
        return a.toLongs()[0];
    }

    /** Rejects keys the optimizer does not know. */
    static void rejectUnexpected(Map<String, NpyArray> state, Set<String> known) throws StateMismatchException {
        Set<String> extra = new HashSet<>(state.keySet());
        extra.removeAll(known);
        if (!extra.isEmpty()) {
            String first = extra.stream().sorted().findFirst().orElseThrow();
            throw new StateMismatchException("optimizer state", first, "unexpected in the state ("
                    + extra.size() + " unknown entries)");
        }
    }
}
