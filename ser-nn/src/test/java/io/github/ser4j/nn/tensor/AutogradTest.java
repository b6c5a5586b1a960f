package io.github.ser4j.nn.tensor;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AutogradTest {
    @Test
    void gradientsAccumulateAcrossBackwardCallsUntilZeroed() {
        Tensor w = Tensor.of(new float[] {2f, -3f}, 2).requiresGrad(true);
        Tensor x = Tensor.of(new float[] {5f, 7f}, 2);
        w.mul(x).sum().backward();
        w.mul(x).sum().backward();
        assertThat(w.grad()).containsExactly(10f, 14f);
        w.zeroGrad();
        w.mul(x).sum().backward();
        assertThat(w.grad()).containsExactly(5f, 7f);
    }

    @Test
    void aTensorUsedTwiceReceivesTheSumOfBothPaths() {
        Tensor a = Tensor.of(new float[] {3f}, 1).requiresGrad(true);
        // L = a*a + a  ->  dL/da = 2a + 1
        a.mul(a).add(a).sum().backward();
        assertThat(a.grad()).containsExactly(7f);
    }

    @Test
    void diamondGraphIsBackPropagatedOncePerNode() {
        Tensor a = Tensor.of(new float[] {2f}, 1).requiresGrad(true);
        Tensor b = a.mul(3f);          // 6
        Tensor c = b.mul(b);           // b^2
        Tensor d = b.add(c);           // b + b^2
        d.sum().backward();            // dd/da = (1 + 2b) * 3 = 39
        assertThat(a.grad()).containsExactly(39f);
    }

    @Test
    void noGradRecordsNothingAndNests() {
        Tensor w = Tensor.ones(3).requiresGrad(true);
        try (NoGrad outer = NoGrad.enter()) {
            try (NoGrad inner = NoGrad.enter()) {
                assertThat(w.mul(2f).gradFn()).isNull();
            }
            assertThat(NoGrad.isGradEnabled()).isFalse();
            Tensor y = w.mul(w).sum();
            assertThat(y.requiresGrad()).isFalse();
            assertThatThrownBy(y::backward).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("does not require grad");
        }
        assertThat(NoGrad.isGradEnabled()).isTrue();
        assertThat(w.mul(2f).gradFn()).isNotNull();
    }

    @Test
    void noGradIsPerThread() throws Exception {
        try (NoGrad scope = NoGrad.enter()) {
            boolean[] other = new boolean[1];
            Thread t = new Thread(() -> other[0] = NoGrad.isGradEnabled());
            t.start();
            t.join();
            assertThat(other[0]).isTrue();
            assertThat(NoGrad.isGradEnabled()).isFalse();
        }
    }

    @Test
    void backwardWithoutGradientNeedsAScalar() {
        Tensor w = Tensor.ones(2, 2).requiresGrad(true);
        assertThatThrownBy(() -> w.mul(2f).backward()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("[2, 2]");
    }

    @Test
    void intermediateGradientsAreReleasedLeavesKept() {
        Tensor w = Tensor.ones(2).requiresGrad(true);
        Tensor h = w.mul(2f);
        h.sum().backward();
        assertThat(h.grad()).isNull();
        assertThat(w.grad()).containsExactly(2f, 2f);
    }

    @Test
    void longChainsDoNotOverflowTheStack() {
        Tensor w = Tensor.ones(1).requiresGrad(true);
        Tensor h = w;
        for (int i = 0; i < 100_000; i++) {
            h = h.add(0f);
        }
        h.sum().backward();
        assertThat(w.grad()).containsExactly(1f);
    }

    @Test
    void shapeErrorsNameTheOpShapesAndAxis() {
        Tensor a = Tensor.zeros(2, 3);
        Tensor b = Tensor.zeros(4, 3);
        assertThatThrownBy(() -> a.add(b)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("add").hasMessageContaining("[2, 3]").hasMessageContaining("[4, 3]")
                .hasMessageContaining("axis -2");
        assertThatThrownBy(() -> a.matmul(b)).hasMessageContaining("matmul").hasMessageContaining("axis -1");
        assertThatThrownBy(() -> a.reshape(5, -1)).hasMessageContaining("reshape");
    }

    @Test
    void reshapeSharesDataAndInfersOneAxis() {
        Tensor a = Tensor.of(new float[] {1, 2, 3, 4, 5, 6}, 2, 3);
        Tensor r = a.reshape(-1, 2);
        assertThat(r.shape()).containsExactly(3, 2);
        assertThat(r.data()).isSameAs(a.data());
    }

    @Test
    void broadcastingFollowsNumpy() {
        Tensor a = Tensor.of(new float[] {1, 2, 3}, 3, 1);
        Tensor b = Tensor.of(new float[] {10, 20}, 2);
        Tensor c = a.add(b);
        assertThat(c.shape()).containsExactly(3, 2);
        assertThat(c.data()).containsExactly(11, 21, 12, 22, 13, 23);
    }
}
