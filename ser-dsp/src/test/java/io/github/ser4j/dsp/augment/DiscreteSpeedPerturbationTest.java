package io.github.ser4j.dsp.augment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ser4j.dsp.resample.ResampleType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DiscreteSpeedPerturbationTest {
    private static float[] tone(int n) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) Math.sin(2 * Math.PI * 200 * i / 16000.0);
        }
        return x;
    }

    @Test
    void drawsOnlyTheGivenFactorsAndBothOfThem() {
        float[] x = tone(16000);
        Set<Integer> lengths = new HashSet<>();
        SplittableRandom rng = new SplittableRandom(1);
        for (int i = 0; i < 40; i++) {
            lengths.add(DiscreteSpeedPerturbation.kaldi().apply(x, 16000, rng).length);
        }
        // n / 0.9 and n / 1.1 samples, nothing in between
        assertThat(lengths).containsExactlyInAnyOrder((int) Math.ceil(16000 / 0.9), (int) Math.ceil(16000 / 1.1));
    }

    @Test
    void equalsTheSpeedChangeOfTheDrawnFactorAndIsSeeded() {
        float[] x = tone(8000);
        float[] a = DiscreteSpeedPerturbation.kaldi().apply(x, 16000, 7L);
        float[] b = DiscreteSpeedPerturbation.kaldi().apply(x, 16000, 7L);
        assertThat(a).containsExactly(b);
        double f = a.length == (int) Math.ceil(8000 / 0.9) ? 0.9 : 1.1;
        assertThat(a).containsExactly(SpeedPerturbation.changeSpeed(x, 16000, f, ResampleType.KAISER_FAST));
        float[] same = new DiscreteSpeedPerturbation(List.of(1.0), ResampleType.KAISER_FAST).apply(x, 16000, 3L);
        assertThat(same).containsExactly(x).isNotSameAs(x);
    }

    @Test
    void badFactorsAreNamed() {
        assertThatThrownBy(() -> new DiscreteSpeedPerturbation(List.of(), ResampleType.KAISER_FAST))
                .hasMessageContaining("at least one");
        assertThatThrownBy(() -> new DiscreteSpeedPerturbation(List.of(0.9, -1.0), ResampleType.KAISER_FAST))
                .hasMessageContaining("factors[1]");
        assertThatThrownBy(() -> new DiscreteSpeedPerturbation(List.of(0.9), ResampleType.POLYPHASE))
                .hasMessageContaining("POLYPHASE");
    }

    @Test
    void copyNumberPicksTheFactorInTurn() {
        float[] x = tone(16000);
        DiscreteSpeedPerturbation kaldi = DiscreteSpeedPerturbation.kaldi();
        SplittableRandom rng = new SplittableRandom(4);
        assertThat(kaldi.apply(x, 16000, rng, 1)).hasSize((int) Math.ceil(16000 / 0.9));
        assertThat(kaldi.apply(x, 16000, rng, 2)).hasSize((int) Math.ceil(16000 / 1.1));
        assertThat(kaldi.apply(x, 16000, rng, 3)).hasSize((int) Math.ceil(16000 / 0.9));
        // through a chain too
        AugmentationChain chain = AugmentationChain.builder().add(kaldi).build();
        assertThat(chain.apply(x, 16000, rng, 2)).hasSize((int) Math.ceil(16000 / 1.1));
        assertThatThrownBy(() -> kaldi.apply(x, 16000, rng, 0)).hasMessageContaining("copy");
    }
}
