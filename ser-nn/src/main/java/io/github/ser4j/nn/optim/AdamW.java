package io.github.ser4j.nn.optim;

import io.github.ser4j.nn.tensor.Tensor;

import java.util.List;
import java.util.Map;

/**
 * Adam with decoupled weight decay (Loshchilov and Hutter, 2019), exactly as
 * {@code torch.optim.AdamW}: each step first shrinks the weights,
 * {@code w *= 1 - lr * weightDecay}, then applies the plain {@link Adam} update without any
 * L2 term in the gradient. Decoupling keeps the decay from being rescaled by Adam's
 * per-coordinate step sizes, which is what makes it act as true weight decay.
 */
public final class AdamW extends Adam {
    /** AdamW over named parameters (see {@link AdamConfig#adamW(double)} for PyTorch's defaults). */
    public AdamW(Map<String, Tensor> params, AdamConfig config) {
        super(params, config, true);
    }

    /** AdamW over parameters named by position. */
    public AdamW(List<Tensor> params, AdamConfig config) {
        super(byPosition(params), config, true);
    }
}
