package io.github.ser4j.dsp.effects;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

class PreEmphasisTest {

    private static float[] noise(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) r.nextDouble(-1, 1);
        }
        return x;
    }

    @Test
    void followsDifferenceEquationWithLibrosaDefaultState() {
        float[] x = {0.5f, 0.25f, -1f, 0.75f};
        float[] y = PreEmphasis.apply(x, 0.97f);
        // librosa: lfilter([1, -coef], [1], x, zi=2*x[0]-x[1]) so y[0] = x[0] + zi.
        assertThat(y[0]).isEqualTo(x[0] + (2 * x[0] - x[1]));
        for (int n = 1; n < x.length; n++) {
            assertThat(y[n]).isCloseTo(x[n] - 0.97f * x[n - 1], offset(1e-7f));
        }
    }

    @Test
    void blockwiseFilteringWithCarriedStateEqualsWholeSignal() {
        float[] x = noise(1000, 3);
        float[] whole = PreEmphasis.apply(x, 0.97f);
        float zi = 2 * x[0] - x[1];
        PreEmphasis.Result a = PreEmphasis.apply(Arrays.copyOfRange(x, 0, 333), 0.97f, zi);
        PreEmphasis.Result b = PreEmphasis.apply(Arrays.copyOfRange(x, 333, 1000), 0.97f, a.finalState());
        assertThat(a.finalState()).isEqualTo(-0.97f * x[332]);
        float[] joined = new float[1000];
        System.arraycopy(a.samples(), 0, joined, 0, 333);
        System.arraycopy(b.samples(), 0, joined, 333, 667);
        assertThat(joined).containsExactly(whole);
    }

    @Test
    void deemphasisInvertsPreemphasis() {
        for (int n : new int[] {1, 2, 7, 1023}) {
            float[] x = noise(n, n);
            float[] back = PreEmphasis.invert(PreEmphasis.apply(x, 0.97f), 0.97f);
            for (int i = 0; i < n; i++) {
                assertThat(back[i]).as("n=%d i=%d", n, i).isCloseTo(x[i], offset(2e-5f));
            }
        }
    }

    @Test
    void zeroCoefficientWithZeroStateIsIdentity() {
        float[] x = noise(17, 1);
        assertThat(PreEmphasis.apply(x, 0f, 0f).samples()).containsExactly(x);
    }

    @Test
    void badCoefficientIsNamed() {
        assertThatThrownBy(() -> PreEmphasis.apply(new float[3], Float.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("coef").hasMessageContaining("NaN");
    }
}
