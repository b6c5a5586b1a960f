package io.github.ser4j.nn.ops;

import io.github.ser4j.nn.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;
import java.util.function.Function;

import static io.github.ser4j.nn.testing.GradCheck.maxRelativeError;
import static io.github.ser4j.nn.testing.GradCheck.randn;
import static io.github.ser4j.nn.testing.GradCheck.separated;
import static org.assertj.core.api.Assertions.assertThat;

/** Finite-difference checks of the layer ops: linear, convolution, pooling, normalisation, dropout, loss. */
class LayerOpsGradientTest {
    private static final double EPS = 1e-2;
    private static final double TOL = 1e-2;

    private static void check(Function<Tensor[], Tensor> f, Tensor... inputs) {
        assertThat(maxRelativeError(f, inputs, EPS, 7)).isLessThan(TOL);
    }

    @Test
    void linearWithAndWithoutBiasOverLeadingAxes() {
        check(t -> LinearTransform.apply(t[0], t[1], t[2]), randn(1, 2, 3, 5), randn(2, 4, 5), randn(3, 4));
        check(t -> LinearTransform.apply(t[0], t[1], null), randn(4, 3, 5), randn(5, 2, 5));
    }

    @Test
    void conv1dStridePaddingDilationAndSame() {
        check(t -> Convolution1d.apply(t[0], t[1], t[2], SlidingWindow.of(3, 2, 1, 1)),
                randn(10, 2, 3, 11), randn(11, 4, 3, 3), randn(12, 4));
        check(t -> Convolution1d.apply(t[0], t[1], t[2], SlidingWindow.of(3, 1, 2, 2)),
                randn(13, 2, 2, 9), randn(14, 3, 2, 3), randn(15, 3));
        check(t -> Convolution1d.apply(t[0], t[1], null, SlidingWindow.same(4, 1, 1)),
                randn(16, 2, 2, 7), randn(17, 3, 2, 4));
        check(t -> Convolution1d.apply(t[0], t[1], t[2], SlidingWindow.same(5, 3, 1)),
                randn(18, 1, 2, 10), randn(19, 2, 2, 5), randn(20, 2));
    }

    @Test
    void conv2dStridePaddingDilation() {
        check(t -> Convolution2d.apply(t[0], t[1], t[2], SlidingWindow.of(3, 2, 1, 1), SlidingWindow.of(2, 1, 0, 2)),
                randn(30, 2, 2, 7, 6), randn(31, 3, 2, 3, 2), randn(32, 3));
        check(t -> Convolution2d.apply(t[0], t[1], null, SlidingWindow.same(3, 1, 1), SlidingWindow.same(3, 2, 1)),
                randn(33, 1, 2, 5, 7), randn(34, 2, 2, 3, 3));
    }

    @Test
    void maxPoolingPyTorchAndKerasSamePadding() {
        check(t -> MaxPooling1d.apply(t[0], SlidingWindow.of(5, 2, 2, 1)), separated(40, 0.05f, 2, 3, 13));
        check(t -> MaxPooling1d.apply(t[0], SlidingWindow.same(5, 2, 1)), separated(41, 0.05f, 2, 2, 11));
        check(t -> MaxPooling2d.apply(t[0], SlidingWindow.of(3, 2, 1, 1), SlidingWindow.of(2, 2, 0, 1)),
                separated(42, 0.05f, 2, 2, 7, 6));
    }

    @Test
    void averagePoolingWithAndWithoutPaddingInTheCount() {
        check(t -> AvgPooling1d.apply(t[0], SlidingWindow.of(3, 2, 1, 1), true), randn(50, 2, 3, 10));
        check(t -> AvgPooling1d.apply(t[0], SlidingWindow.same(4, 3, 1), false), randn(51, 2, 3, 10));
        check(t -> AvgPooling2d.apply(t[0], SlidingWindow.of(3, 2, 1, 1), SlidingWindow.of(2, 2, 0, 1), true),
                randn(52, 2, 2, 7, 6));
    }

    @Test
    void batchNormTrainingAndEvaluation() {
        Tensor rm = Tensor.zeros(3);
        Tensor rv = Tensor.ones(3);
        check(t -> BatchNormalization.apply(t[0], t[1], t[2], null, null, true, 0.1f, 1e-5f),
                randn(60, 4, 3, 5), randn(61, 3), randn(62, 3));
        check(t -> BatchNormalization.apply(t[0], t[1], t[2], null, null, true, 0.1f, 1e-5f),
                randn(63, 6, 3), randn(64, 3), randn(65, 3));
        check(t -> BatchNormalization.apply(t[0], t[1], t[2], rm, rv, false, 0.1f, 1e-5f),
                randn(66, 2, 3, 2, 2), randn(67, 3), randn(68, 3));
    }

    @Test
    void layerNorm() {
        check(t -> LayerNormalization.apply(t[0], 5, t[1], t[2], 1e-5f), randn(70, 3, 2, 5), randn(71, 5), randn(72, 5));
    }

    @Test
    void dropoutWithAFixedMask() {
        // the same seed gives the same mask on every evaluation, so the op is a fixed linear map
        check(t -> InvertedDropout.apply(t[0], 0.3f, new SplittableRandom(5)), randn(80, 4, 6));
    }

    @Test
    void softmaxCrossEntropyWeightedAndSmoothed() {
        int[] targets = {0, 2, 1, 2};
        float[] w = {0.5f, 2f, 1.5f};
        check(t -> SoftmaxCrossEntropy.apply(t[0], targets, null, 0f), randn(90, 4, 3));
        check(t -> SoftmaxCrossEntropy.apply(t[0], targets, w, 0.2f), randn(91, 4, 3));
    }

    @Test
    void globalAverageViaMean() {
        check(t -> t[0].mean(false, 2, 3), randn(95, 2, 3, 4, 5));
    }
}
