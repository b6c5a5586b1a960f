package io.github.ser4j.nn.ops;

import io.github.ser4j.nn.tensor.Tensor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** TensorFlow 'same' and PyTorch padding rules, checked on hand-computable inputs. */
class PoolingSemanticsTest {
    @Test
    void kerasSameOutputIsCeilOfInputOverStride() {
        for (int in = 1; in <= 30; in++) {
            SlidingWindow w = SlidingWindow.same(5, 2, 1);
            assertThat(w.outputLength("pool", in)).as("in=" + in).isEqualTo((in + 1) / 2);
            // TF: pad_total = max((out-1)*s + k - in, 0), pad_before = pad_total // 2 (extra at the end)
            int out = (in + 1) / 2;
            int total = Math.max((out - 1) * 2 + 5 - in, 0);
            assertThat(w.padBefore(in)).isEqualTo(total / 2);
            assertThat(w.padAfter(in)).isEqualTo(total - total / 2);
        }
    }

    @Test
    void paddedPositionsNeverWinTheMax() {
        float[] x = {-5f, -4f, -3f, -2f, -1f, -6f, -7f, -8f};
        Tensor y = MaxPooling1d.apply(Tensor.of(x, 1, 1, 8), SlidingWindow.same(5, 2, 1));
        // in=8: out=4, pad_total=(3*2+5-8)=3, before=1, after=2; windows [-1,4), [1,6), [3,8), [5,10)
        assertThat(y.data()).containsExactly(-2f, -1f, -1f, -6f);
    }

    @Test
    void pyTorchPaddingIsSymmetricAndFloorsTheOutput() {
        SlidingWindow w = SlidingWindow.of(5, 2, 2, 1);
        assertThat(w.outputLength("pool", 20)).isEqualTo(10);
        assertThat(w.outputLength("pool", 21)).isEqualTo(11);
        assertThatThrownBy(() -> MaxPooling1d.apply(Tensor.zeros(1, 1, 8), SlidingWindow.of(2, 1, 2, 1)))
                .hasMessageContaining("padding 2 exceeds half the kernel 2");
    }

    @Test
    void averageExcludingPaddingDividesByValidCount() {
        Tensor y = AvgPooling1d.apply(Tensor.of(new float[] {1, 2, 3, 4, 5}, 1, 1, 5), SlidingWindow.same(3, 2, 1), false);
        // in=5: out=3, pad_total=2, before=1: windows {1,2}, {2,3,4}, {4,5}
        assertThat(y.data()).containsExactly(1.5f, 3f, 4.5f);
        Tensor z = AvgPooling1d.apply(Tensor.of(new float[] {1, 2, 3, 4, 5}, 1, 1, 5), SlidingWindow.of(3, 2, 1, 1), true);
        // PyTorch count_include_pad: windows {0,1,2}/3, {2,3,4}/3, {4,5,0}/3
        assertThat(z.data()).containsExactly(1f, 3f, 3f);
    }

    @Test
    void windowLargerThanInputIsAClearError() {
        assertThatThrownBy(() -> Convolution1d.apply(Tensor.zeros(1, 1, 3), Tensor.zeros(1, 1, 5), null,
                SlidingWindow.of(5, 1, 0, 1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("conv1d").hasMessageContaining("input length 3");
        assertThatThrownBy(() -> SlidingWindow.of(0, 1, 0, 1)).hasMessageContaining("kernel must be >= 1, got 0");
    }
}
