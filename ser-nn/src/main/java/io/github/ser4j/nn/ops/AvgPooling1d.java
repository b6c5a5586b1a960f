package io.github.ser4j.nn.ops;

import io.github.ser4j.nn.kernels.AvgPoolKernels;
import io.github.ser4j.nn.tensor.Function;
import io.github.ser4j.nn.tensor.Tensor;

/**
 * 1-D average pooling over {@code x [N, C, L]} (PyTorch's {@code F.avg_pool1d}; with
 * {@code countIncludePad = false} and a 'same' window, Keras' {@code AveragePooling1D(padding='same')}).
 * Backward spreads each output gradient evenly over its window.
 */
public final class AvgPooling1d extends Function {
    private final Tensor x;
    private final SlidingWindow window;
    private final boolean countIncludePad;
    private final int outLength;

    private AvgPooling1d(Tensor x, SlidingWindow window, boolean countIncludePad, int outLength) {
        super(x);
        this.x = x;
        this.window = window;
        this.countIncludePad = countIncludePad;
        this.outLength = outLength;
    }

    /** Pools {@code x}; {@code countIncludePad} as PyTorch's {@code count_include_pad} (its default is true). */
    public static Tensor apply(Tensor x, SlidingWindow window, boolean countIncludePad) {
        Pooling.check1d("avg_pool1d", x, window);
        int rowsN = x.dim(0) * x.dim(1);
        int len = x.dim(2);
        int outLen = window.outputLength("avg_pool1d", len);
        Tensor y = Tensor.zeros(x.dim(0), x.dim(1), outLen);
        for (int r = 0; r < rowsN; r++) {
            AvgPoolKernels.avgPool1d(x.data(), r * len, len, window.kernel(), window.stride(), window.padBefore(len),
                    window.padAfter(len), countIncludePad, outLen, y.data(), r * outLen);
        }
        return needsGrad(x) ? new AvgPooling1d(x, window, countIncludePad, outLen).record(y) : y;
    }

    @Override
    protected void backward(float[] g) {
        int rowsN = x.dim(0) * x.dim(1);
        int len = x.dim(2);
        float[] gx = x.gradOrAllocate();
        for (int r = 0; r < rowsN; r++) {
            AvgPoolKernels.avgPool1dBackward(g, r * outLength, len, window.kernel(), window.stride(),
                    window.padBefore(len), window.padAfter(len), countIncludePad, outLength, gx, r * len);
        }
    }
}
