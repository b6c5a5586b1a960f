package io.github.ser4j.nn.recurrent;

import io.github.ser4j.nn.layers.Module;
import io.github.ser4j.nn.ops.Concat;
import io.github.ser4j.nn.ops.InvertedDropout;
import io.github.ser4j.nn.tensor.Tensor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * What {@link Lstm} and {@link Gru} share: parameters named as PyTorch names them
 * ({@code weight_ih_l0}, {@code weight_hh_l0}, {@code bias_ih_l0}, {@code bias_hh_l0}, with
 * {@code _reverse} for the backward direction), initialised uniformly in
 * {@code [-1/sqrt(H), 1/sqrt(H)]} as PyTorch does, and the stacking of layers and directions.
 *
 * <p>Layer 0 reads the input {@code [B, T, F]}; each further layer reads the previous
 * layer's output {@code [B, T, D*H]} (forward and backward states concatenated per step),
 * after dropout in training mode if configured.
 */
public abstract class RecurrentLayer extends Module {
    private final RecurrentConfig config;
    private final RandomGenerator dropoutRng;
    private final List<Tensor[]> weights = new ArrayList<>(); // per (layer, direction): wIh, wHh, bIh, bHh

    /** Creates and initialises the parameters from {@code rng}; {@code rng} also draws dropout masks. */
    protected RecurrentLayer(RecurrentConfig config, int gatesPerUnit, RandomGenerator rng) {
        this.config = config;
        this.dropoutRng = rng;
        int h = config.hiddenSize();
        float k = (float) (1 / Math.sqrt(h));
        for (int layer = 0; layer < config.numLayers(); layer++) {
            int in = layer == 0 ? config.inputSize() : h * config.directions();
            for (int dir = 0; dir < config.directions(); dir++) {
                String suffix = "_l" + layer + (dir == 1 ? "_reverse" : "");
                Tensor wIh = registerParameter("weight_ih" + suffix, Tensor.uniform(rng, -k, k, gatesPerUnit * h, in));
                Tensor wHh = registerParameter("weight_hh" + suffix, Tensor.uniform(rng, -k, k, gatesPerUnit * h, h));
                Tensor bIh = null;
                Tensor bHh = null;
                if (config.bias()) {
                    bIh = registerParameter("bias_ih" + suffix, Tensor.uniform(rng, -k, k, gatesPerUnit * h));
                    bHh = registerParameter("bias_hh" + suffix, Tensor.uniform(rng, -k, k, gatesPerUnit * h));
                }
                weights.add(new Tensor[] {wIh, wHh, bIh, bHh});
            }
        }
    }

    /** The configuration. */
    public RecurrentConfig config() {
        return config;
    }

    /** One direction of one layer: returns {output [B,T,H], hN [B,H], cN [B,H] or null}. */
    abstract Tensor[] runDirection(Tensor input, Tensor[] w, Tensor h0, Tensor c0, boolean reverse);

    /** Whether the layer has a cell state (LSTM). */
    abstract boolean hasCellState();

    /**
     * Input {@code [B, T, F]}; returns what {@link RecurrentConfig#output()} selects:
     * the output sequence {@code [B, T, D*H]}, its last step {@code [B, D*H]} or the final
     * states {@code [B, D*H]}.
     */
    @Override
    public Tensor forward(Tensor input) {
        RecurrentResult r = forward(input, null, null);
        return switch (config.output()) {
            case SEQUENCE -> r.output();
            case LAST_STEP -> {
                int t = r.output().dim(1);
                yield r.output().slice(1, t - 1, t).reshape(r.output().dim(0), r.output().dim(2));
            }
            case FINAL_STATE -> finalStates(r.hN());
        };
    }

    private Tensor finalStates(Tensor hN) {
        int d = config.directions();
        int layers = config.numLayers();
        int batch = hN.dim(1);
        int h = hN.dim(2);
        Tensor[] parts = new Tensor[d];
        for (int dir = 0; dir < d; dir++) {
            int idx = (layers - 1) * d + dir;
            parts[dir] = hN.slice(0, idx, idx + 1).reshape(batch, h);
        }
        return d == 1 ? parts[0] : Concat.apply(1, parts);
    }

    /**
     * Runs all layers and directions from the given initial states ({@code [L*D, B, H]}, or
     * null for zeros; {@code c0} is ignored by a GRU), e.g. to carry state across chunks of a
     * stream. Returns the output sequence and the final states as PyTorch does.
     */
    public RecurrentResult forward(Tensor input, Tensor h0, Tensor c0) {
        if (input.rank() != 3 || input.dim(2) != config.inputSize()) {
            throw new IllegalArgumentException(getClass().getSimpleName() + ": input must be [batch, time, "
                    + config.inputSize() + "], got " + Arrays.toString(input.shape()));
        }
        int d = config.directions();
        int batch = input.dim(0);
        int h = config.hiddenSize();
        checkState("h0", h0, batch);
        checkState("c0", hasCellState() ? c0 : null, batch);
        List<Tensor> hs = new ArrayList<>();
        List<Tensor> cs = new ArrayList<>();
        Tensor x = input;
        for (int layer = 0; layer < config.numLayers(); layer++) {
            if (layer > 0 && config.dropout() > 0 && isTraining()) {
                x = InvertedDropout.apply(x, config.dropout(), dropoutRng);
            }
            Tensor[] outs = new Tensor[d];
            for (int dir = 0; dir < d; dir++) {
                int idx = layer * d + dir;
                Tensor[] r = runDirection(x, weights.get(idx), stateAt(h0, idx, batch, h),
                        hasCellState() ? stateAt(c0, idx, batch, h) : null, dir == 1);
                outs[dir] = r[0];
                hs.add(r[1].reshape(1, batch, h));
                if (hasCellState()) {
                    cs.add(r[2].reshape(1, batch, h));
                }
            }
            x = d == 1 ? outs[0] : Concat.apply(2, outs);
        }
        Tensor hN = hs.size() == 1 ? hs.get(0) : Concat.apply(0, hs.toArray(new Tensor[0]));
        Tensor cN = null;
        if (hasCellState()) {
            cN = cs.size() == 1 ? cs.get(0) : Concat.apply(0, cs.toArray(new Tensor[0]));
        }
        return new RecurrentResult(x, hN, cN);
    }

    private void checkState(String name, Tensor s, int batch) {
        int n = config.numLayers() * config.directions();
        if (s != null && (s.rank() != 3 || s.dim(0) != n || s.dim(1) != batch || s.dim(2) != config.hiddenSize())) {
            throw new IllegalArgumentException(getClass().getSimpleName() + ": " + name + " must be [" + n + ", "
                    + batch + ", " + config.hiddenSize() + "], got " + Arrays.toString(s.shape()));
        }
    }

    private static Tensor stateAt(Tensor s, int idx, int batch, int h) {
        return s == null ? null : s.slice(0, idx, idx + 1).reshape(batch, h);
    }
}
