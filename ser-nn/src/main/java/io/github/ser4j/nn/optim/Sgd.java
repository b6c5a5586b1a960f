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
 * Stochastic gradient descent with momentum, exactly as {@code torch.optim.SGD}:
 * <pre>
 *   d = g + weightDecay * w                         (L2 penalty folded into the gradient)
 *   b = d                                  on the first step
 *   b = momentum * b + (1 - dampening) * d on later steps
 *   d = d + momentum * b   (Nesterov)   or   d = b   (classical)
 *   w = w - lr * d
 * </pre>
 * Note PyTorch's convention, which differs from Sutskever's: the learning rate multiplies
 * the whole velocity at each step rather than being folded into it, so changing the
 * learning rate mid-run rescales the step at once.
 */
public final class Sgd extends Optimizer {
    private double lr;
    private double momentum;
    private final double dampening;
    private final double weightDecay;
    private final boolean nesterov;
    private final Map<String, float[]> momentumBuffers = new LinkedHashMap<>();

    /** SGD over named parameters. */
    public Sgd(Map<String, Tensor> params, SgdConfig config) {
        super(params);
        this.lr = config.lr();
        this.momentum = config.momentum();
        this.dampening = config.dampening();
        this.weightDecay = config.weightDecay();
        this.nesterov = config.nesterov();
    }

    /** SGD over parameters named by position. */
    public Sgd(List<Tensor> params, SgdConfig config) {
        this(byPosition(params), config);
    }

    @Override
    public void step() {
        float lrF = (float) lr;
        float wd = (float) weightDecay;
        float mom = (float) momentum;
        float keep = (float) (1 - dampening);
        for (Map.Entry<String, Tensor> e : parameters().entrySet()) {
            Tensor p = e.getValue();
            float[] g = p.grad();
            if (g == null) {
                continue;
            }
            float[] w = p.data();
            float[] buf = momentumBuffers.get(e.getKey());
            boolean first = buf == null;
            if (momentum != 0 && first) {
                buf = new float[w.length];
                momentumBuffers.put(e.getKey(), buf);
            }
            for (int i = 0; i < w.length; i++) {
                float d = g[i] + wd * w[i];
                if (momentum != 0) {
                    buf[i] = first ? d : mom * buf[i] + keep * d;
                    d = nesterov ? d + mom * buf[i] : buf[i];
                }
                w[i] -= lrF * d;
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

    @Override
    public double momentum() {
        return momentum;
    }

    /**
     * Sets the momentum (as a one-cycle schedule does). A parameter's velocity buffer is created
     * at its first step with non-zero momentum, as in PyTorch.
     */
    @Override
    public void setMomentum(double momentum) {
        checkUnit("momentum", momentum);
        this.momentum = momentum;
    }

    @Override
    public Map<String, NpyArray> stateDict() {
        Map<String, NpyArray> s = new LinkedHashMap<>();
        s.put("lr", scalar(lr));
        s.put("momentum", scalar(momentum));
        for (Map.Entry<String, float[]> e : momentumBuffers.entrySet()) {
            s.put(e.getKey() + ".momentum_buffer", NpyArray.ofFloats(e.getValue(), parameters().get(e.getKey()).shape()));
        }
        return s;
    }

    @Override
    public void loadStateDict(Map<String, NpyArray> state) throws StateMismatchException {
        double newLr = scalar(state, "lr");
        double newMomentum = scalar(state, "momentum");
        Map<String, float[]> bufs = new LinkedHashMap<>();
        Set<String> known = new HashSet<>(Set.of("lr", "momentum"));
        for (Map.Entry<String, Tensor> e : parameters().entrySet()) {
            String key = e.getKey() + ".momentum_buffer";
            known.add(key);
            // A parameter that never had a gradient has no buffer yet, as in PyTorch.
            if (state.containsKey(key)) {
                bufs.put(e.getKey(), buffer(state, key, e.getValue()));
            }
        }
        rejectUnexpected(state, known);
        lr = newLr;
        momentum = newMomentum;
        momentumBuffers.clear();
        momentumBuffers.putAll(bufs);
    }
}
