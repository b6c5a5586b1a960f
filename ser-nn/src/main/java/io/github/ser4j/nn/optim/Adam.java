package io.github.ser4j.nn.optim;

import io.github.ser4j.nn.io.NpyArray;
import io.github.ser4j.nn.io.StateMismatchException;
import io.github.ser4j.nn.tensor.Tensor;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Adam (Kingma and Ba, 2015), exactly as {@code torch.optim.Adam}, with weight decay as an
 * L2 penalty added to the gradient. For each parameter, at its step {@code t = 1, 2, ...}:
 * <pre>
 *   g  = grad + weightDecay * w
 *   m  = beta1 * m + (1 - beta1) * g             first moment (running mean)
 *   v  = beta2 * v + (1 - beta2) * g^2           second moment (running uncentred variance)
 *   w  = w - lr / (1 - beta1^t) * m / (sqrt(v) / sqrt(1 - beta2^t) + eps)
 * </pre>
 * The bias corrections {@code 1 - beta^t} undo the pull towards the zero initial moments in
 * the first steps. Like PyTorch, eps is added after the bias correction of {@code sqrt(v)},
 * and the correction uses the current beta1, so a schedule cycling beta1 (one-cycle) acts
 * on it at once. Moments are kept in float32; the scalar factors in double.
 *
 * <p>{@link AdamW} replaces the L2 penalty by decoupled decay.
 */
public sealed class Adam extends Optimizer permits AdamW {
    private double lr;
    private double beta1;
    private final double beta2;
    private final double eps;
    private final double weightDecay;
    private final boolean decoupled;
    private final Map<String, Moments> moments = new LinkedHashMap<>();

    private static final class Moments {
        final float[] m;
        final float[] v;
        long step;

        Moments(int n) {
            m = new float[n];
            v = new float[n];
        }
    }

    /** Adam with L2 weight decay over named parameters. */
    public Adam(Map<String, Tensor> params, AdamConfig config) {
        this(params, config, false);
    }

    /** Adam with L2 weight decay over parameters named by position. */
    public Adam(List<Tensor> params, AdamConfig config) {
        this(byPosition(params), config, false);
    }

    Adam(Map<String, Tensor> params, AdamConfig config, boolean decoupled) {
        super(params);
        this.lr = config.lr();
        this.beta1 = config.beta1();
        this.beta2 = config.beta2();
        this.eps = config.eps();
        this.weightDecay = config.weightDecay();
        this.decoupled = decoupled;
    }

    @Override
    public void step() {
        for (Map.Entry<String, Tensor> e : parameters().entrySet()) {
            Tensor p = e.getValue();
            float[] g = p.grad();
            if (g == null) {
                continue;
            }
            float[] w = p.data();
            Moments mo = moments.computeIfAbsent(e.getKey(), k -> new Moments(w.length));
            mo.step++;
            if (decoupled && weightDecay != 0) {
                // AdamW: shrink the weights directly, independent of the gradient statistics.
                float shrink = (float) (1 - lr * weightDecay);
                for (int i = 0; i < w.length; i++) {
                    w[i] *= shrink;
                }
            }
            float l2 = decoupled ? 0f : (float) weightDecay;
            float b1 = (float) beta1;
            float b2 = (float) beta2;
            float c1 = (float) (1 - beta1);
            float c2 = (float) (1 - beta2);
            double bc1 = 1 - Math.pow(beta1, mo.step);
            double bc2 = 1 - Math.pow(beta2, mo.step);
            float stepSize = (float) (lr / bc1);
            float invSqrtBc2 = (float) (1 / Math.sqrt(bc2));
            float epsF = (float) eps;
            float[] m = mo.m;
            float[] v = mo.v;
            for (int i = 0; i < w.length; i++) {
                float gi = g[i] + l2 * w[i];
                m[i] = b1 * m[i] + c1 * gi;
                v[i] = b2 * v[i] + c2 * gi * gi;
                float denom = (float) Math.sqrt(v[i]) * invSqrtBc2 + epsF;
                w[i] -= stepSize * m[i] / denom;
            }
        }
    }

    @Override
    public double learningRate() {
        return lr;
    }

    @Override
    public void setLearningRate(double lr) {
        checkRate("lr", lr);
        this.lr = lr;
    }

    /** Adam's beta1, the coefficient a one-cycle schedule cycles. */
    @Override
    public double momentum() {
        return beta1;
    }

    /** Sets beta1. */
    @Override
    public void setMomentum(double beta1) {
        checkUnit("beta1", beta1);
        this.beta1 = beta1;
    }

    @Override
    public Map<String, NpyArray> stateDict() {
        Map<String, NpyArray> s = new LinkedHashMap<>();
        s.put("lr", scalar(lr));
        s.put("momentum", scalar(beta1));
        for (Map.Entry<String, Moments> e : moments.entrySet()) {
            int[] shape = parameters().get(e.getKey()).shape();
            s.put(e.getKey() + ".step", NpyArray.ofLongs(new long[]{e.getValue().step}));
            s.put(e.getKey() + ".exp_avg", NpyArray.ofFloats(e.getValue().m, shape));
            s.put(e.getKey() + ".exp_avg_sq", NpyArray.ofFloats(e.getValue().v, shape));
        }
        return s;
    }

    @Override
    public void loadStateDict(Map<String, NpyArray> state) throws StateMismatchException {
        double newLr = scalar(state, "lr");
        double newBeta1 = scalar(state, "momentum");
        Map<String, Moments> loaded = new LinkedHashMap<>();
        Set<String> known = new HashSet<>(Set.of("lr", "momentum"));
        for (Map.Entry<String, Tensor> e : parameters().entrySet()) {
            String name = e.getKey();
            known.add(name + ".step");
            known.add(name + ".exp_avg");
            known.add(name + ".exp_avg_sq");
            // A parameter that never had a gradient has no state yet, as in PyTorch.
            if (!state.containsKey(name + ".step")) {
                continue;
            }
            Moments mo = new Moments(e.getValue().numel());
            long step = count(state, name + ".step");
            if (step < 1) {
                throw new StateMismatchException("optimizer state", name + ".step", "step count must be >= 1, got " + step);
            }
            mo.step = step;
            System.arraycopy(buffer(state, name + ".exp_avg", e.getValue()), 0, mo.m, 0, mo.m.length);
            System.arraycopy(buffer(state, name + ".exp_avg_sq", e.getValue()), 0, mo.v, 0, mo.v.length);
            loaded.put(name, mo);
        }
        rejectUnexpected(state, known);
        lr = newLr;
        beta1 = newBeta1;
        moments.clear();
        moments.putAll(loaded);
    }
}
