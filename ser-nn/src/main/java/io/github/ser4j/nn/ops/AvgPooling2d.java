package io.github.ser4j.nn.ops;

import io.github.ser4j.nn.kernels.AvgPoolKernels;
import io.github.ser4j.nn.tensor.Function;
import io.github.ser4j.nn.tensor.Tensor;

/**
 * 2-D average pooling over {@code x [N, C, H, W]} (PyTorch's {@code F.avg_pool2d}).
 * Backward spreads each output gradient evenly over its window.
 */
public final class AvgPooling2d extends Function {
    private final Tensor x;
    private final SlidingWindow rows;
    private final SlidingWindow cols;
    private final boolean countIncludePad;
    private final int outH;
    private final int outW;

    private AvgPooling2d(Tensor x, SlidingWindow rows, SlidingWindow cols, boolean countIncludePad, int outH, int outW) {
        super(x);
        this.x = x;
        this.rows = rows;
        this.cols = cols;
        this.countIncludePad = countIncludePad;
        this.outH = outH;
        this.outW = outW;
    }

    /** Pools {@code x} with {@code rows} (height) and {@code cols} (width) windows. */
    public static Tensor apply(Tensor x, SlidingWindow rows, SlidingWindow cols, boolean countIncludePad) {
        Pooling.check2d("avg_pool2d", x, rows, cols);
        int planes = x.dim(0) * x.dim(1);
        int h = x.dim(2);
        int w = x.dim(3);
        int oh = rows.outputLength("avg_pool2d (height)", h);
        int ow = cols.outputLength("avg_pool2d (width)", w);
        Tensor y = Tensor.zeros(x.dim(0), x.dim(1), oh, ow);
        for (int p = 0; p < planes; p++) {
            AvgPoolKernels.avgPool2d(x.data(), p * h * w, h, w, rows.kernel(), cols.kernel(), rows.stride(),
                    cols.stride(), rows.padBefore(h), cols.padBefore(w), rows.padAfter(h), cols.padAfter(w),
                    countIncludePad, oh, ow, y.data(), p * oh * ow);
        }
        return needsGrad(x) ? new AvgPooling2d(x, rows, cols, countIncludePad, oh, ow).record(y) : y;
    }

    @Override
    protected void backward(float[] g) {
        int planes = x.dim(0) * x.dim(1);
        int h = x.dim(2);
        int w = x.dim(3);
        float[] gx = x.gradOrAllocate();
        for (int p = 0; p < planes; p++) {
            AvgPoolKernels.avgPool2dBackward(g, p * outH * outW, h, w, rows.kernel(), cols.kernel(), rows.stride(),
                    cols.stride(), rows.padBefore(h), cols.padBefore(w), rows.padAfter(h), cols.padAfter(w),
                    countIncludePad, outH, outW, gx, p * h * w);
        }
    }
}
