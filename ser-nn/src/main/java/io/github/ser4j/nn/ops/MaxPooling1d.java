package io.github.ser4j.nn.ops;

import io.github.ser4j.nn.kernels.MaxPoolKernels;
import io.github.ser4j.nn.tensor.Function;
import io.github.ser4j.nn.tensor.Tensor;


/**
 * 1-D max pooling over {@code x [N, C, L]}, each channel row on its own. With an explicit
 * window this is PyTorch's {@code F.max_pool1d(x, k, stride, padding)}; with a 'same'
 * window it is Keras' {@code MaxPool1D(k, strides, padding='same')} (padding never wins).
 * Backward: the gradient of each output goes to the input element that was its maximum.
 */
public final class MaxPooling1d extends Function {
    private final Tensor x;
    private final int[] argmax;

    private MaxPooling1d(Tensor x, int[] argmax) {
        super(x);
        this.x = x;
        this.argmax = argmax;
    }

    /** Pools {@code x} with {@code window} (dilation must be 1). */
    public static Tensor apply(Tensor x, SlidingWindow window) {
        Pooling.check1d("max_pool1d", x, window);
        int rowsN = x.dim(0) * x.dim(1);
        int len = x.dim(2);
        int outLen = window.outputLength("max_pool1d", len);
        Tensor y = Tensor.zeros(x.dim(0), x.dim(1), outLen);
        if (!needsGrad(x)) {
            // Nothing will run backward: maxima only, no index array.
            for (int r = 0; r < rowsN; r++) {
                MaxPoolKernels.maxPool1dValues(x.data(), r * len, len, window.kernel(), window.stride(),
                        window.padBefore(len), outLen, y.data(), r * outLen);
            }
            return y;
        }
        int[] argmax = new int[y.numel()];
        for (int r = 0; r < rowsN; r++) {
            MaxPoolKernels.maxPool1d(x.data(), r * len, len, window.kernel(), window.stride(), window.padBefore(len),
                    outLen, y.data(), r * outLen, argmax, r * outLen);
        }
        return new MaxPooling1d(x, argmax).record(y);
    }

    @Override
    protected void backward(float[] g) {
        int rowsN = x.dim(0) * x.dim(1);
        int len = x.dim(2);
        int outLen = g.length / Math.max(rowsN, 1);
        float[] gx = x.gradOrAllocate();
        for (int r = 0; r < rowsN; r++) {
            MaxPoolKernels.maxPoolBackward(g, r * outLen, argmax, r * outLen, outLen, gx, r * len);
        }
    }
}
