package io.github.ser4j.nn.tensor;

/**
 * One recorded step of the autograd graph: the operation that produced a tensor, the
 * tensors it read, and how to push a gradient back through it.
 *
 * <p>Every differentiable op is a small subclass: a static {@code apply} method computes the
 * output (the forward pass) and, when a gradient will be needed, creates an instance holding
 * exactly the values the backward pass needs (the "saved tensors") and {@link #record records}
 * it on the output. {@link #backward(float[])} sits right below it in the same class and
 * receives dL/d(output); it adds dL/d(input) into {@code input.gradOrAllocate()} for every
 * input that {@link Tensor#requiresGrad() requires a gradient}. Adding, never assigning, is
 * what makes a tensor used twice receive the sum of both contributions.
 */
public abstract class Function {
    private final Tensor[] inputs;

    /** Creates a node reading {@code inputs} (the edges the backward pass follows). */
    protected Function(Tensor... inputs) {
        this.inputs = inputs.clone();
    }

    /**
     * Whether an op over {@code inputs} must record itself: gradient mode is on (see
     * {@link NoGrad}) and at least one input requires a gradient.
     */
    public static boolean needsGrad(Tensor... inputs) {
        if (!NoGrad.isGradEnabled()) {
            return false;
        }
        for (Tensor t : inputs) {
            if (t != null && t.requiresGrad()) {
                return true;
            }
        }
        return false;
    }

    /** Makes this node the producer of {@code output} (which then requires grad); returns output. */
    protected final Tensor record(Tensor output) {
        output.attach(this);
        return output;
    }

    /**
     * Accumulates dL/d(input) into the gradients of the inputs that require one, given
     * {@code gradOutput} = dL/d(output) in the output's layout.
     */
    protected abstract void backward(float[] gradOutput);

    Tensor[] inputs() {
        return inputs;
    }

    /** The op's name, for messages and graph printing. */
    public String name() {
        return getClass().getSimpleName();
    }

    @Override
    public String toString() {
        return name();
    }
}
