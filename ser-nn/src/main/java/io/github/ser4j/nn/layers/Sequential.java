package io.github.ser4j.nn.layers;

import io.github.ser4j.nn.tensor.Tensor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Modules applied one after another, as {@code nn.Sequential}: children are named
 * {@code "0"}, {@code "1"}, ..., so parameter names match PyTorch's ({@code "0.weight"}).
 */
public final class Sequential extends Module {
    private final List<Module> layers = new ArrayList<>();

    /** The given layers, in order. */
    public Sequential(Module... layers) {
        for (Module m : layers) {
            add(m);
        }
    }

    /** Appends a layer; returns this. */
    public Sequential add(Module layer) {
        registerModule(Integer.toString(layers.size()), layer);
        layers.add(layer);
        return this;
    }

    /** The layers in order. */
    public List<Module> layers() {
        return Collections.unmodifiableList(layers);
    }

    @Override
    public Tensor forward(Tensor input) {
        Tensor x = input;
        for (Module m : layers) {
            x = m.forward(x);
        }
        return x;
    }
}
