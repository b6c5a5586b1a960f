package io.github.ser4j.dsp.effects;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FixedLengthTest {

    private static float[] ramp(int n) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = i + 1;
        }
        return x;
    }

    @Test
    void everyPlacementReturnsTheRequestedLength() {
        SplittableRandom rng = new SplittableRandom(1);
        for (int n : new int[] {0, 1, 7, 100}) {
            for (int size : new int[] {0, 1, 7, 50, 100, 333}) {
                assertThat(FixedLength.fixLength(ramp(n), size)).hasSize(size);
                assertThat(FixedLength.centred(ramp(n), size)).hasSize(size);
                assertThat(FixedLength.atRandomOffset(ramp(n), size, rng)).hasSize(size);
            }
        }
    }

    @Test
    void fixLengthKeepsTheStartLikeLibrosa() {
        assertThat(FixedLength.fixLength(ramp(5), 3)).containsExactly(1, 2, 3);
        assertThat(FixedLength.fixLength(ramp(3), 5)).containsExactly(1, 2, 3, 0, 0);
    }

    @Test
    void centredKeepsTheMiddle() {
        assertThat(FixedLength.centred(ramp(6), 3)).containsExactly(2, 3, 4);
        assertThat(FixedLength.centred(ramp(2), 5)).containsExactly(0, 1, 2, 0, 0);
    }

    @Test
    void randomOffsetIsAContiguousWindowAndVariesWithTheSeed() {
        float[] x = ramp(100);
        Set<Float> starts = new HashSet<>();
        for (long seed = 0; seed < 50; seed++) {
            float[] y = FixedLength.atRandomOffset(x, 10, new SplittableRandom(seed));
            for (int i = 1; i < 10; i++) {
                assertThat(y[i]).isEqualTo(y[0] + i);
            }
            assertThat(y).isEqualTo(FixedLength.atRandomOffset(x, 10, new SplittableRandom(seed)));
            starts.add(y[0]);
        }
        assertThat(starts.size()).isGreaterThan(20);
        float[] padded = FixedLength.atRandomOffset(ramp(3), 10, new SplittableRandom(4));
        float sum = 0;
        for (float v : padded) {
            sum += v;
        }
        assertThat(sum).isEqualTo(6f);
    }

    @Test
    void samplesRoundsDurationTimesRate() {
        assertThat(FixedLength.samples(2.5, 22050)).isEqualTo(55125);
        assertThat(FixedLength.samples(3.0, 16000)).isEqualTo(48000);
    }

    @Test
    void badParametersAreNamed() {
        assertThatThrownBy(() -> FixedLength.fixLength(new float[3], -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("size").hasMessageContaining("-1");
        assertThatThrownBy(() -> FixedLength.samples(-2, 16000)).hasMessageContaining("seconds");
        assertThatThrownBy(() -> FixedLength.samples(2, 0)).hasMessageContaining("sampleRate");
        assertThatThrownBy(() -> FixedLength.samples(1e12, 16000)).hasMessageContaining("seconds");
    }
}
