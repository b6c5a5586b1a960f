package io.github.ser4j.nn.tensor;

/**
 * A scope in which ops record no autograd graph (PyTorch's {@code torch.no_grad()}), for
 * inference and for parameter updates:
 *
 * <pre>{@code
 * try (NoGrad scope = NoGrad.enter()) {
 *     Tensor logits = model.forward(x);   // no graph, no saved tensors
 * }
 * }</pre>
 *
 * <p>The mode is per thread and scopes nest: gradients are recorded again only when the
 * outermost scope closes.
 */
public final class NoGrad implements AutoCloseable {
    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);
    private boolean open = true;

    private NoGrad() {
        DEPTH.get()[0]++;
    }

    /** Enters a no-gradient scope on the current thread; close it to leave. */
    public static NoGrad enter() {
        return new NoGrad();
    }

    /** Whether ops on the current thread record the autograd graph. */
    public static boolean isGradEnabled() {
        return DEPTH.get()[0] == 0;
    }

    /** Leaves the scope (a second close does nothing). */
    @Override
    public void close() {
        if (open) {
            open = false;
            DEPTH.get()[0]--;
        }
    }
}
