package io.github.ser4j.nn.ops;

import io.github.ser4j.nn.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.function.Function;

import static io.github.ser4j.nn.testing.GradCheck.maxRelativeError;
import static io.github.ser4j.nn.testing.GradCheck.randn;
import static io.github.ser4j.nn.testing.GradCheck.separated;
import static org.assertj.core.api.Assertions.assertThat;

/** Finite-difference checks of the element-wise, shape, reduction and matrix ops. */
class ElementwiseGradientTest {
    private static final double EPS = 1e-2;
    private static final double TOL = 1e-2;

    private static void check(Function<Tensor[], Tensor> f, Tensor... inputs) {
        assertThat(maxRelativeError(f, inputs, EPS, 42)).isLessThan(TOL);
    }

    @Test
    void addSubMulWithBroadcasting() {
        check(t -> t[0].add(t[1]), randn(1, 2, 3, 4), randn(2, 3, 1));
        check(t -> t[0].sub(t[1]), randn(3, 4), randn(2, 1, 4));
        check(t -> t[0].mul(t[1]), randn(4, 2, 3, 5), randn(1, 3, 1));
        check(t -> t[0].mul(t[1]), randn(5, 3, 4), randn(5, 3, 4));
        check(t -> t[0].mul(t[1]), randn(6, 3), Tensor.randn(new java.util.SplittableRandom(7)).requiresGrad(true));
    }

    @Test
    void divWithBroadcasting() {
        Tensor den = randn(8, 1, 4).add(3f).detach().requiresGrad(true); // keep away from 0
        check(t -> t[0].div(t[1]), randn(9, 3, 4), den);
        check(t -> t[0].div(t[1]), randn(9, 3, 4), Tensor.full(2.5f, 3, 4).requiresGrad(true));
    }

    @Test
    void scaleAndShift() {
        check(t -> t[0].mul(-1.5f).add(0.25f), randn(3, 2, 5));
    }

    @Test
    void matmulPlainBatchedAndSharedOperands() {
        check(t -> t[0].matmul(t[1]), randn(10, 3, 4), randn(11, 4, 5));
        check(t -> t[0].matmul(t[1]), randn(12, 2, 3, 4), randn(13, 2, 4, 5));
        check(t -> t[0].matmul(t[1]), randn(14, 2, 3, 4), randn(15, 4, 2));
        check(t -> t[0].matmul(t[1]), randn(16, 3, 4), randn(17, 2, 4, 2));
    }

    @Test
    void sumAndMeanOverAxesWithAndWithoutKeepDim() {
        check(t -> t[0].sum(), randn(20, 3, 4));
        check(t -> t[0].sum(true, 1), randn(21, 3, 4, 5));
        check(t -> t[0].sum(false, 0, -1), randn(22, 3, 4, 5));
        check(t -> t[0].mean(false, 1, 2), randn(23, 3, 4, 5));
        check(t -> t[0].mean(true, -1), randn(24, 2, 7));
    }

    @Test
    void reshapePermuteTransposeSliceConcat() {
        check(t -> t[0].reshape(4, -1).mul(t[0].reshape(4, 6)), randn(30, 2, 3, 4));
        check(t -> t[0].permute(2, 0, 1), randn(31, 2, 3, 4));
        check(t -> t[0].transpose(0, 3), randn(32, 2, 1, 3, 4));
        check(t -> t[0].slice(1, 1, 3), randn(33, 2, 4, 3));
        check(t -> Concat.apply(1, t[0], t[1], t[0]), randn(34, 2, 3, 2), randn(35, 2, 1, 2));
        check(t -> Concat.apply(-1, t[0], t[1]), randn(36, 3, 2), randn(37, 3, 4));
    }

    @Test
    void activations() {
        check(t -> t[0].relu(), separated(40, 0.05f, 3, 7));
        check(t -> LeakyRelu.apply(t[0], 0.1f), separated(41, 0.05f, 3, 7));
        check(t -> Elu.apply(t[0], 1.3f), separated(42, 0.05f, 3, 7));
        check(t -> Gelu.apply(t[0]), randn(43, 3, 7));
        check(t -> t[0].tanh(), randn(44, 3, 7));
        check(t -> t[0].sigmoid(), randn(45, 3, 7));
    }

    @Test
    void softmaxAndLogSoftmaxAlongAnyAxis() {
        check(t -> t[0].softmax(-1), randn(50, 3, 6));
        check(t -> t[0].softmax(1), randn(51, 2, 5, 3));
        check(t -> LogSoftmax.apply(t[0], -1), randn(52, 3, 6));
        check(t -> LogSoftmax.apply(t[0], 0), randn(53, 4, 3, 2));
    }
}
