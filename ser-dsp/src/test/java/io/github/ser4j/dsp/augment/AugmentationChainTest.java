package io.github.ser4j.dsp.augment;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AugmentationChainTest {

    /** An augmentation that counts its calls and adds a marker value to sample 0. */
    private static Augmentation counting(AtomicInteger calls, float marker) {
        return (x, sr, rng) -> {
            calls.incrementAndGet();
            float[] y = x.clone();
            y[0] += marker;
            return y;
        };
    }

    @Test
    void stepsRunWithTheirProbabilities() {
        AtomicInteger a = new AtomicInteger();
        AtomicInteger b = new AtomicInteger();
        AtomicInteger c = new AtomicInteger();
        AtomicInteger d = new AtomicInteger();
        AugmentationChain chain = AugmentationChain.builder()
                .add(0.3, counting(a, 1))
                .add(0.8, counting(b, 2))
                .add(0.0, counting(c, 4))
                .add(counting(d, 8))
                .build();
        int runs = 20000;
        SplittableRandom rng = new SplittableRandom(42);
        int both = 0;
        for (int i = 0; i < runs; i++) {
            float[] y = chain.apply(new float[1], 16000, rng);
            if (y[0] == 11f) {
                both++;
            }
        }
        // Binomial: 5 standard deviations either side.
        assertThat(a.get()).isBetween(within(runs, 0.3)[0], within(runs, 0.3)[1]);
        assertThat(b.get()).isBetween(within(runs, 0.8)[0], within(runs, 0.8)[1]);
        assertThat(c.get()).isZero();
        assertThat(d.get()).isEqualTo(runs);
        // Steps decide independently: both of the first two ran in about 0.24 of the runs.
        assertThat(both).isBetween(within(runs, 0.24)[0], within(runs, 0.24)[1]);
    }

    private static int[] within(int n, double p) {
        double sd = Math.sqrt(n * p * (1 - p));
        return new int[] {(int) Math.floor(n * p - 5 * sd), (int) Math.ceil(n * p + 5 * sd)};
    }

    @Test
    void chainIsDeterministicPerSeedAndCopiesDiffer() {
        AugmentationChain chain = AugmentationChain.builder()
                .add(0.7, new AdditiveNoise(5, 30))
                .add(0.7, new Gain(-6, 6))
                .add(0.7, new TimeShift(0.05, TimeShift.Mode.ROLL))
                .build();
        float[] x = AdditiveNoiseTest.tone(4000, 16000);
        List<float[]> first = chain.copies(x, 16000, 6, 123L);
        List<float[]> again = chain.copies(x, 16000, 6, 123L);
        List<float[]> other = chain.copies(x, 16000, 6, 124L);
        for (int i = 0; i < 6; i++) {
            assertThat(again.get(i)).isEqualTo(first.get(i));
            assertThat(other.get(i)).isNotEqualTo(first.get(i));
            for (int j = 0; j < i; j++) {
                assertThat(first.get(i)).isNotEqualTo(first.get(j));
            }
        }
        assertThat(chain.apply(x, 16000, 5L)).isEqualTo(chain.apply(x, 16000, 5L));
    }

    @Test
    void chainNeverModifiesItsInputAndAlwaysReturnsANewArray() {
        float[] x = AdditiveNoiseTest.tone(100, 16000);
        float[] copy = x.clone();
        AugmentationChain empty = AugmentationChain.builder().add(0.0, new Gain(3, 3)).build();
        float[] y = empty.apply(x, 16000, 1L);
        assertThat(y).isNotSameAs(x).isEqualTo(x);
        AugmentationChain.builder().add(new Gain(3, 3)).add(new AdditiveNoise(10, 10)).build().apply(x, 16000, 1L);
        assertThat(x).isEqualTo(copy);
    }

    @Test
    void badParametersAreNamed() {
        assertThatThrownBy(() -> AugmentationChain.builder().add(1.5, new Gain(0, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("probability").hasMessageContaining("1.5");
        assertThatThrownBy(() -> AugmentationChain.builder().add(Double.NaN, new Gain(0, 1)))
                .hasMessageContaining("probability");
        assertThatThrownBy(() -> AugmentationChain.builder().add(0.5, null)).hasMessageContaining("augmentation");
        AugmentationChain chain = AugmentationChain.builder().build();
        assertThatThrownBy(() -> chain.copies(new float[1], 16000, -2, 1L)).hasMessageContaining("count").hasMessageContaining("-2");
    }
}
