package io.github.ser4j.nn.layers;

import io.github.ser4j.nn.ops.SlidingWindow;
import io.github.ser4j.nn.tensor.NoGrad;
import io.github.ser4j.nn.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Parameter and buffer naming, counting, train/eval behaviour and shape checks of the layers. */
class ModuleTest {
    private static Sequential seed001(SplittableRandom rng) {
        // seed 001's compact CNN1D (see golden/nn/README.md): 53,479 parameters in PyTorch
        return new Sequential(
                new Conv1d(1, 8, SlidingWindow.same(5, 1, 1), true, rng), new ReLU(),
                new Conv1d(8, 16, SlidingWindow.same(5, 1, 1), true, rng), new ReLU(),
                new MaxPool1d(2),
                new Conv1d(16, 32, SlidingWindow.same(5, 1, 1), true, rng), new ReLU(),
                new MaxPool1d(2),
                new Dropout(0.5f, rng), new Flatten(),
                new Linear(384, 128, rng), new ReLU(), new Linear(128, 7, rng));
    }

    @Test
    void sequentialNamesParametersAsPyTorchAndCountsThem() {
        Sequential m = seed001(new SplittableRandom(1));
        assertThat(m.namedParameters().keySet()).startsWith("0.weight", "0.bias", "2.weight", "2.bias")
                .contains("12.weight", "12.bias");
        assertThat(m.parameterCount()).isEqualTo(53_479);
        Tensor y = m.forward(Tensor.zeros(4, 1, 50));
        assertThat(y.shape()).containsExactly(4, 7);
    }

    @Test
    void batchNormHasPyTorchBuffers() {
        BatchNorm1d bn = new BatchNorm1d(4);
        assertThat(bn.namedBuffers().keySet()).containsExactly("running_mean", "running_var", "num_batches_tracked");
        assertThat(bn.namedParameters().keySet()).containsExactly("weight", "bias");
        assertThat(new Sequential(new Linear(3, 4, new SplittableRandom(1)), bn).namedBuffers().keySet())
                .containsExactly("1.running_mean", "1.running_var", "1.num_batches_tracked");
    }

    @Test
    void batchNormEvalUsesRunningStatsAndDoesNotUpdateThem() {
        BatchNorm1d bn = new BatchNorm1d(2);
        Tensor x = Tensor.of(new float[] {1, 10, 3, 30}, 2, 2);
        bn.forward(x);
        float[] rm = bn.runningMean().data().clone();
        assertThat(rm).containsExactly(0.2f, 2f); // 0.9*0 + 0.1*mean
        bn.eval();
        Tensor y = bn.forward(x);
        assertThat(bn.runningMean().data()).containsExactly(rm);
        float expected = (float) ((1 - 0.2) / Math.sqrt(bn.runningVar().data()[0] + 1e-5));
        assertThat(y.data()[0]).isEqualTo(expected);
    }

    @Test
    void dropoutIsIdentityInEvalAndSeededInTraining() {
        Tensor x = Tensor.ones(1000);
        Dropout a = new Dropout(0.25f, new SplittableRandom(3));
        Dropout b = new Dropout(0.25f, new SplittableRandom(3));
        Tensor ya = a.forward(x);
        assertThat(ya.data()).containsExactly(b.forward(x).data());
        int kept = 0;
        for (float v : ya.data()) {
            assertThat(v).isIn(0f, 1f / 0.75f);
            kept += v != 0 ? 1 : 0;
        }
        assertThat(kept).isBetween(700, 800);
        a.eval();
        assertThat(a.forward(x)).isSameAs(x);
    }

    @Test
    void trainAndEvalReachEveryDescendant() {
        Sequential m = new Sequential(new Sequential(new BatchNorm1d(2)), new Dropout(0.1f, new SplittableRandom(1)));
        m.eval();
        assertThat(((Sequential) m.layers().get(0)).layers().get(0).isTraining()).isFalse();
        m.train();
        assertThat(m.layers().get(1).isTraining()).isTrue();
    }

    @Test
    void forwardBackwardAndZeroGradOnAModel() {
        SplittableRandom rng = new SplittableRandom(2);
        Sequential m = new Sequential(new Linear(3, 5, rng), new GELU(), new LayerNorm(5), new Linear(5, 2, rng));
        Tensor loss = new CrossEntropyLoss().forward(m.forward(Tensor.randn(rng, 4, 3)), new int[] {0, 1, 1, 0});
        loss.backward();
        assertThat(m.namedParameters().values()).allSatisfy(p -> assertThat(p.grad()).isNotNull());
        m.zeroGrad();
        assertThat(m.namedParameters().values()).allSatisfy(p -> assertThat(p.grad()).containsOnly(0f));
        try (NoGrad scope = NoGrad.enter()) {
            assertThat(m.forward(Tensor.randn(rng, 4, 3)).gradFn()).isNull();
        }
    }

    @Test
    void globalAveragePoolingAndFlattenShapes() {
        assertThat(new GlobalAvgPool().forward(Tensor.ones(2, 3, 4, 5)).shape()).containsExactly(2, 3);
        assertThat(new GlobalAvgPool().forward(Tensor.ones(2, 3, 4)).data()).containsOnly(1f);
        assertThat(new Flatten().forward(Tensor.ones(2, 3, 4)).shape()).containsExactly(2, 12);
    }

    @Test
    void wrongInputShapesAreNamedInTheError() {
        assertThatThrownBy(() -> new BatchNorm2d(3).forward(Tensor.zeros(2, 4, 5, 5)))
                .hasMessageContaining("BatchNorm2d").hasMessageContaining("[2, 4, 5, 5]").hasMessageContaining("axis 1");
        assertThatThrownBy(() -> new Conv1d(2, 3, 3, new SplittableRandom(1)).forward(Tensor.zeros(1, 4, 10)))
                .hasMessageContaining("conv1d").hasMessageContaining("[1, 4, 10]");
        assertThatThrownBy(() -> new Linear(3, 2, new SplittableRandom(1)).forward(Tensor.zeros(2, 4)))
                .hasMessageContaining("linear");
    }
}
