package io.github.ser4j.nn.ops;

import io.github.ser4j.nn.kernels.MaxPoolKernels;
import io.github.ser4j.nn.tensor.Function;
import io.github.ser4j.nn.tensor.Tensor;

/**
 * 2-D max pooling over {@code x [N, C, H, W]}, one window geometry per spatial axis
 * (PyTorch's {@code F.max_pool2d}, or Keras 'same' with 'same' windows). Backward routes
 * each output gradient to its maximum.
 */
public final class MaxPooling2d extends Function {
    private final Tensor x;
    private final int[] argmax;

    private MaxPooling2d(Tensor x, int[] argmax) {
        super(x);
        this.x = x;
        this.argmax = argmax;
    }

    /** Pools {@code x} with {@code rows} (height) and {@code cols} (width) windows. */
    public static Tensor apply(Tensor x, SlidingWindow rows, SlidingWindow cols) {
        Pooling.check2d("max_pool2d", x, rows, cols);
        int planes = x.dim(0) * x.dim(1);
        int h = x.dim(2);
        int w = x.dim(3);
        int oh = rows.outputLength("max_pool2d (height)", h);
        int ow = cols.outputLength("max_pool2d (width)", w);
        Tensor y = Tensor.zeros(x.dim(0), x.dim(1), oh, ow);
        if (!needsGrad(x)) {
            // Nothing will run backward: maxima only, no index array.
            for (int p = 0; p < planes; p++) {
                MaxPoolKernels.maxPool2dValues(x.data(), p * h * w, h, w, rows.kernel(), cols.kernel(), rows.stride(),
                        cols.stride(), rows.padBefore(h), cols.padBefore(w), oh, ow, y.data(), p * oh * ow);
            }
            return y;
        }
        int[] argmax = new int[y.numel()];
        for (int p = 0; p < planes; p++) {
            MaxPoolKernels.maxPool2d(x.data(), p * h * w, h, w, rows.kernel(), cols.kernel(), rows.stride(),
                    cols.stride(), rows.padBefore(h), cols.padBefore(w), oh, ow, y.data(), p * oh * ow,
                    argmax, p * oh * ow);
        }
        return new MaxPooling2d(x, argmax).record(y);
    }

    @Override
    protected void backward(float[] g) {
        int planes = x.dim(0) * x.dim(1);
        int plane = x.dim(2) * x.dim(3);
        int outPlane = g.length / Math.max(planes, 1);
        float[] gx = x.gradOrAllocate();
        for (int p = 0; p < planes; p++) {
            MaxPoolKernels.maxPoolBackward(g, p * outPlane, argmax, p * outPlane, outPlane, gx, p * plane);
        }
    }
}
