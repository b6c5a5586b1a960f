package io.github.ser4j.nn.ops;

import io.github.ser4j.nn.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Convolutions compute several samples in one GEMM ({@link ColumnConvolution}); a batch
 * must give, sample by sample, what each sample gives alone (where the single-sample GEMM
 * works on the tensors in place), and the weight gradients must be the sum of the
 * per-sample ones. Sizes are chosen so the batch also splits into several chunks with a
 * remainder (column budget / per-sample columns = 2 for a batch of 5).
 */
class ConvolutionBatchingTest {
    private static final double TOL = 2e-4;

    @Test
    void chunkCountFollowsTheColumnBudget() {
        assertThat(ColumnConvolution.chunk(32, 40, 50)).isEqualTo(32);
        assertThat(ColumnConvolution.chunk(5, 192, 8192)).isEqualTo(2);
        assertThat(ColumnConvolution.chunk(5, 2048, 4096)).isEqualTo(1);
    }

    @Test
    void conv1dBatchEqualsSamplesAloneForSmallAndChunkedBatches() {
        SlidingWindow same = SlidingWindow.same(5, 1, 1);
        compare(5, new int[] {3, 17}, new int[] {4, 3, 5}, (x, w) -> Convolution1d.apply(x[0], w[0], w[1], same));
        SlidingWindow strided = SlidingWindow.of(3, 2, 1, 2);
        compare(7, new int[] {2, 23}, new int[] {3, 2, 3}, (x, w) -> Convolution1d.apply(x[0], w[0], w[1], strided));
        // 192 x 8192 columns per sample: two samples per chunk, chunks of 2, 2, 1.
        SlidingWindow big = SlidingWindow.same(3, 1, 1);
        compare(5, new int[] {64, 8192}, new int[] {2, 64, 3}, (x, w) -> Convolution1d.apply(x[0], w[0], w[1], big));
    }

    @Test
    void conv2dBatchEqualsSamplesAlone() {
        SlidingWindow r = SlidingWindow.of(3, 1, 1, 1);
        SlidingWindow c = SlidingWindow.of(3, 2, 1, 1);
        compare(4, new int[] {3, 9, 11}, new int[] {5, 3, 3, 3},
                (x, w) -> Convolution2d.apply(x[0], w[0], w[1], r, c));
    }

    @Test
    void consecutiveNoGradOutputsStayIntactWhileScratchIsReused() {
        SplittableRandom rng = new SplittableRandom(3);
        Tensor w = Tensor.randn(rng, 6, 2, 5);
        Tensor x1 = Tensor.randn(rng, 8, 2, 40);
        Tensor x2 = Tensor.randn(rng, 8, 2, 40);
        SlidingWindow same = SlidingWindow.same(5, 1, 1);
        try (io.github.ser4j.nn.tensor.NoGrad scope = io.github.ser4j.nn.tensor.NoGrad.enter()) {
            Tensor y1 = Convolution1d.apply(x1, w, null, same);
            float[] first = y1.data().clone();
            Tensor y2 = Convolution1d.apply(x2, w, null, same);
            assertThat(y1.data()).as("first output after a second call").containsExactly(first);
            assertThat(y2.data()).isNotSameAs(y1.data());
            assertThat(Convolution1d.apply(x2, w, null, same).data()).containsExactly(y2.data());
        }
    }

    /** Runs the op on the whole batch and on each sample; compares outputs and all gradients. */
    private static void compare(int n, int[] sample, int[] weightShape, BiFunction<Tensor[], Tensor[], Tensor> op) {
        SplittableRandom rng = new SplittableRandom(n * 31L + sample.length);
        int[] shape = new int[sample.length + 1];
        shape[0] = n;
        System.arraycopy(sample, 0, shape, 1, sample.length);
        Tensor x = Tensor.randn(rng, shape).requiresGrad(true);
        Tensor w = Tensor.randn(rng, weightShape).requiresGrad(true);
        Tensor b = Tensor.randn(rng, weightShape[0]).requiresGrad(true);
        Tensor y = op.apply(new Tensor[] {x}, new Tensor[] {w, b});
        Tensor g = Tensor.randn(rng, y.shape());
        y.backward(g.data());

        int xPer = x.numel() / n;
        int yPer = y.numel() / n;
        float[] dwSum = new float[w.numel()];
        float[] dbSum = new float[b.numel()];
        for (int s = 0; s < n; s++) {
            int[] one = shape.clone();
            one[0] = 1;
            Tensor xs = Tensor.of(java.util.Arrays.copyOfRange(x.data(), s * xPer, (s + 1) * xPer), one)
                    .requiresGrad(true);
            Tensor ws = Tensor.of(w.data().clone(), weightShape).requiresGrad(true);
            Tensor bs = Tensor.of(b.data().clone(), weightShape[0]).requiresGrad(true);
            Tensor ys = op.apply(new Tensor[] {xs}, new Tensor[] {ws, bs});
            assertThat(ys.numel()).isEqualTo(yPer);
            ys.backward(java.util.Arrays.copyOfRange(g.data(), s * yPer, (s + 1) * yPer));
            assertThat(maxError(y.data(), s * yPer, ys.data(), yPer)).as("y of sample %d", s).isLessThan(TOL);
            assertThat(maxError(x.grad(), s * xPer, xs.grad(), xPer)).as("dx of sample %d", s).isLessThan(TOL);
            for (int i = 0; i < dwSum.length; i++) {
                dwSum[i] += ws.grad()[i];
            }
            for (int i = 0; i < dbSum.length; i++) {
                dbSum[i] += bs.grad()[i];
            }
        }
        assertThat(maxError(w.grad(), 0, dwSum, dwSum.length)).as("dW").isLessThan(1e-3);
        assertThat(maxError(b.grad(), 0, dbSum, dbSum.length)).as("db").isLessThan(1e-3);
    }

    /** Largest {@code |a[off+i] - e[i]| / (1 + |e[i]|)}. */
    private static double maxError(float[] a, int off, float[] e, int count) {
        double max = 0;
        for (int i = 0; i < count; i++) {
            max = Math.max(max, Math.abs(a[off + i] - e[i]) / (1 + Math.abs(e[i])));
        }
        return max;
    }
}
