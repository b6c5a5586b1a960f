package io.github.ser4j.nn.optim;

import io.github.ser4j.nn.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** clip_grad_norm_ semantics: the global norm is returned and the gradients are scaled to maxNorm. */
class GradientClippingTest {
    private static Tensor withGrad(float... g) {
        Tensor t = Tensor.zeros(g.length).requiresGrad(true);
        System.arraycopy(g, 0, t.gradOrAllocate(), 0, g.length);
        return t;
    }

    @Test
    void scalesAllGradientsByTheSameFactorWhenTheGlobalNormIsTooLarge() {
        Tensor a = withGrad(3, 0);
        Tensor b = withGrad(0, 4); // global norm 5
        Tensor noGrad = Tensor.zeros(3).requiresGrad(true);
        double n = GradientClipping.clipGradNorm(List.of(a, b, noGrad), 1.0);
        assertThat(n).isCloseTo(5, within(1e-12));
        float c = (float) (1.0 / (5 + 1e-6));
        assertThat(a.grad()).containsExactly(3 * c, 0);
        assertThat(b.grad()).containsExactly(0, 4 * c);
        assertThat(noGrad.grad()).isNull();
    }

    @Test
    void leavesSmallGradientsAlone() {
        Tensor a = withGrad(0.3f, -0.4f);
        assertThat(GradientClipping.clipGradNorm(List.of(a), 1.0)).isCloseTo(0.5, within(1e-7));
        assertThat(a.grad()).containsExactly(0.3f, -0.4f);
    }

    @Test
    void infinityNormUsesTheLargestEntry() {
        Tensor a = withGrad(1, -7, 2);
        assertThat(GradientClipping.clipGradNorm(List.of(a), 3.5, Double.POSITIVE_INFINITY)).isEqualTo(7);
        assertThat(a.grad()[1]).isCloseTo(-3.5f, within(1e-5f));
    }
}
