package io.github.ser4j.nn.layers;

import io.github.ser4j.nn.tensor.Tensor;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A network building block, after PyTorch's {@code nn.Module}: it owns named parameters
 * (trained), named buffers (state saved with the model but not trained, such as batch
 * norm's running statistics) and child modules, and switches between training and
 * evaluation behaviour.
 *
 * <p>Names are dotted paths ({@code "conv1.weight"}, {@code "lstm.weight_hh_l0"}), exactly
 * as PyTorch's {@code state_dict()} names them, so weights can be exchanged.
 */
public abstract class Module {
    private final Map<String, Tensor> parameters = new LinkedHashMap<>();
    private final Map<String, Tensor> buffers = new LinkedHashMap<>();
    private final Map<String, Module> children = new LinkedHashMap<>();
    private boolean training = true;

    /** Computes this module's output. */
    public abstract Tensor forward(Tensor input);

    /** Registers a trained parameter under {@code name}; returns it, marked as requiring grad. */
    protected Tensor registerParameter(String name, Tensor parameter) {
        checkName(name);
        parameters.put(name, parameter.requiresGrad(true));
        return parameter;
    }

    /** Registers a saved, untrained buffer under {@code name}; returns it. */
    protected Tensor registerBuffer(String name, Tensor buffer) {
        checkName(name);
        buffers.put(name, buffer);
        return buffer;
    }

    /** Registers a child module under {@code name}; returns it. */
    protected <M extends Module> M registerModule(String name, M module) {
        checkName(name);
        children.put(name, module);
        return module;
    }

    private void checkName(String name) {
        if (name == null || name.isEmpty() || name.contains(".")) {
            throw new IllegalArgumentException("invalid member name '" + name + "' in " + getClass().getSimpleName());
        }
        if (parameters.containsKey(name) || buffers.containsKey(name) || children.containsKey(name)) {
            throw new IllegalArgumentException("duplicate member name '" + name + "' in " + getClass().getSimpleName());
        }
    }

    /** All parameters of this module and its descendants, by dotted name, in registration order. */
    public Map<String, Tensor> namedParameters() {
        Map<String, Tensor> out = new LinkedHashMap<>();
        collect("", out, true);
        return Collections.unmodifiableMap(out);
    }

    /** All buffers of this module and its descendants, by dotted name. */
    public Map<String, Tensor> namedBuffers() {
        Map<String, Tensor> out = new LinkedHashMap<>();
        collect("", out, false);
        return Collections.unmodifiableMap(out);
    }

    private void collect(String prefix, Map<String, Tensor> out, boolean params) {
        for (Map.Entry<String, Tensor> e : (params ? parameters : buffers).entrySet()) {
            out.put(prefix + e.getKey(), e.getValue());
        }
        for (Map.Entry<String, Module> e : children.entrySet()) {
            e.getValue().collect(prefix + e.getKey() + ".", out, params);
        }
    }

    /** Direct children by name. */
    public Map<String, Module> children() {
        return Collections.unmodifiableMap(children);
    }

    /** Total number of trained parameter elements. */
    public long parameterCount() {
        long n = 0;
        for (Tensor t : namedParameters().values()) {
            n += t.numel();
        }
        return n;
    }

    /** Switches this module and its descendants to training behaviour; returns this. */
    public Module train() {
        setTraining(true);
        return this;
    }

    /** Switches this module and its descendants to evaluation behaviour; returns this. */
    public Module eval() {
        setTraining(false);
        return this;
    }

    private void setTraining(boolean value) {
        training = value;
        for (Module m : children.values()) {
            m.setTraining(value);
        }
    }

    /** Whether this module is in training mode. */
    public boolean isTraining() {
        return training;
    }

    /** Zeroes every parameter's gradient. */
    public void zeroGrad() {
        for (Tensor t : namedParameters().values()) {
            t.zeroGrad();
        }
    }
}
