package io.github.ser4j.nn.layers;

import io.github.ser4j.nn.ops.AvgPooling1d;
import io.github.ser4j.nn.ops.Elu;
import io.github.ser4j.nn.ops.Gelu;
import io.github.ser4j.nn.ops.LeakyRelu;
import io.github.ser4j.nn.ops.LogSoftmax;
import io.github.ser4j.nn.ops.MaxPooling1d;
import io.github.ser4j.nn.ops.MaxPooling2d;
import io.github.ser4j.nn.ops.SlidingWindow;
import io.github.ser4j.nn.ops.SoftmaxCrossEntropy;
import io.github.ser4j.nn.tensor.NoGrad;
import io.github.ser4j.nn.tensor.Tensor;
import io.github.ser4j.nn.testing.GoldenCase;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forward outputs and gradients against PyTorch 1.13 (float64) goldens; each golden's loss
 * is {@code (y * g).sum()}, so backward is seeded with {@code g}.
 */
class PyTorchParityTest {
    private static final double TOL = 1e-4;

    /** Copies the golden parameters into the module's parameters of the same (underscored) name. */
    private static void loadParameters(Module m, GoldenCase gc) {
        m.namedParameters().forEach((name, p) -> {
            float[] v = gc.tensor(name.replace('.', '_')).data();
            assertThat(v).hasSize(p.numel());
            System.arraycopy(v, 0, p.data(), 0, v.length);
        });
    }

    /** Runs x through m, back-propagates g, compares y, dx and every parameter gradient. */
    private static void checkModule(String file, Module m) {
        GoldenCase gc = GoldenCase.load(file);
        loadParameters(m, gc);
        Tensor x = gc.tensor("x").requiresGrad(true);
        Tensor y = m.forward(x);
        y.backward(gc.tensor("g").data());
        gc.assertClose("y", y.data(), TOL);
        gc.assertClose("dx", x.grad(), TOL);
        m.namedParameters().forEach((name, p) -> gc.assertClose("grad_" + name.replace('.', '_'), p.grad(), TOL));
    }

    private static final SplittableRandom RNG = new SplittableRandom(0);

    @Test
    void linear() {
        checkModule("linear", new Linear(10, 7, RNG));
    }

    @Test
    void conv1dSamePadding() {
        checkModule("conv1d_same", new Conv1d(3, 5, SlidingWindow.same(5, 1, 1), true, RNG));
    }

    @Test
    void conv1dStride2Padding1() {
        checkModule("conv1d_stride2_pad1", new Conv1d(3, 4, SlidingWindow.of(3, 2, 1, 1), true, RNG));
    }

    @Test
    void conv1dDilation2Valid() {
        checkModule("conv1d_dil2_valid", new Conv1d(2, 3, SlidingWindow.of(3, 1, 0, 2), true, RNG));
    }

    @Test
    void conv2dSamePadding() {
        checkModule("conv2d_same", new Conv2d(3, 4, 3, 1, 1, RNG));
    }

    @Test
    void conv2dStride2RectangularKernel() {
        checkModule("conv2d_stride2", new Conv2d(2, 3, SlidingWindow.of(3, 2, 1, 1), SlidingWindow.of(5, 2, 2, 1),
                true, RNG));
    }

    private static void checkBatchNorm(String file, BatchNorm bn) {
        checkModule(file, bn);
        GoldenCase gc = GoldenCase.load(file);
        gc.assertClose("running_mean", bn.runningMean().data(), TOL);
        gc.assertClose("running_var", bn.runningVar().data(), TOL);
        assertThat(bn.namedBuffers().get("num_batches_tracked").item()).isEqualTo(1f);
        bn.eval();
        try (NoGrad scope = NoGrad.enter()) {
            gc.assertClose("y_eval", bn.forward(gc.tensor("x_eval")).data(), TOL);
        }
    }

    @Test
    void batchNorm1dTrainStepThenEval() {
        checkBatchNorm("batchnorm1d", new BatchNorm1d(5));
    }

    @Test
    void batchNorm2dTrainStepThenEval() {
        checkBatchNorm("batchnorm2d", new BatchNorm2d(3));
    }

    @Test
    void layerNorm() {
        checkModule("layernorm", new LayerNorm(6));
    }

    private static void checkFunction(String file, String prefix, UnaryOperator<Tensor> f) {
        GoldenCase gc = GoldenCase.load(file);
        Tensor x = gc.tensor("x").requiresGrad(true);
        Tensor y = f.apply(x);
        y.backward(gc.tensor("g").data());
        gc.assertClose(prefix + "y", y.data(), TOL);
        gc.assertClose(prefix + "dx", x.grad(), TOL);
    }

    @Test
    void maxPool1dPyTorchPadding() {
        checkFunction("maxpool1d_k5_s2_p2", "", x -> MaxPooling1d.apply(x, SlidingWindow.of(5, 2, 2, 1)));
    }

    @Test
    void maxPool2dKernel2() {
        checkFunction("maxpool2d_k2", "", x -> new MaxPool2d(2).forward(x));
    }

    @Test
    void avgPool1dKernel3Stride2() {
        checkFunction("avgpool1d_k3_s2", "", x -> new AvgPool1d(3, 2).forward(x));
    }

    @Test
    void activations() {
        checkFunction("activations", "relu_", x -> new ReLU().forward(x));
        checkFunction("activations", "leaky_relu_", x -> LeakyRelu.apply(x, 0.01f));
        checkFunction("activations", "elu_", x -> Elu.apply(x, 1f));
        checkFunction("activations", "gelu_", Gelu::apply);
        checkFunction("activations", "tanh_", Tensor::tanh);
        checkFunction("activations", "sigmoid_", Tensor::sigmoid);
        checkFunction("activations", "softmax_", x -> x.softmax(-1));
        checkFunction("activations", "log_softmax_", x -> LogSoftmax.apply(x, -1));
    }

    @Test
    void crossEntropyPlainWeightedAndSmoothed() {
        GoldenCase gc = GoldenCase.load("cross_entropy");
        int[] target = gc.ints("target");
        float[] w = gc.tensor("weight").data();
        Object[][] cases = {{"plain", null, 0f}, {"weighted", w, 0f}, {"smooth01", null, 0.1f},
            {"weighted_smooth01", w, 0.1f}};
        for (Object[] c : cases) {
            Tensor logits = gc.tensor("logits").requiresGrad(true);
            Tensor loss = new CrossEntropyLoss((float[]) c[1], (Float) c[2]).forward(logits, target);
            loss.backward();
            gc.assertClose(c[0] + "_loss", loss.data(), TOL);
            gc.assertClose(c[0] + "_dlogits", logits.grad(), TOL);
        }
        // the fused op must not depend on whether gradients are recorded
        try (NoGrad scope = NoGrad.enter()) {
            gc.assertClose("weighted_smooth01_loss",
                    SoftmaxCrossEntropy.apply(gc.tensor("logits"), target, w, 0.1f).data(), TOL);
        }
    }
}
