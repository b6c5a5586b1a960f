package io.github.ser4j.dsp.augment;

import io.github.ser4j.dsp.resample.ResampleType;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Speed perturbation with a factor drawn from a fixed set, as Kaldi's recipes do it
 * (Ko et al. 2015: copies at speeds 0.9 and 1.1 next to the original): applied as the
 * {@code j}-th copy of an utterance it uses the {@code j}-th factor (in turn), so two copies
 * hear the utterance once at each speed; applied without a copy number it picks a factor at
 * random. Either way the speed changes by {@link SpeedPerturbation#changeSpeed} (tempo and
 * pitch together, no phase vocoder).
 * A fixed set of factors gives copies that are clearly different from the original, which
 * a uniform draw near 1.0 often does not.
 *
 * @param factors      the speed factors, at least one, each positive and finite
 * @param resampleType {@code KAISER_FAST} or {@code KAISER_BEST}
 */
public record DiscreteSpeedPerturbation(List<Double> factors, ResampleType resampleType) implements Augmentation {
    /** Validates and copies the factors. */
    public DiscreteSpeedPerturbation {
        Objects.requireNonNull(factors, "factors");
        Objects.requireNonNull(resampleType, "resampleType");
        factors = List.copyOf(factors);
        if (factors.isEmpty()) {
            throw new IllegalArgumentException("factors must name at least one speed factor");
        }
        for (int i = 0; i < factors.size(); i++) {
            double f = factors.get(i);
            if (!(f > 0) || Double.isInfinite(f)) {
                throw new IllegalArgumentException("factors[" + i + "] must be positive and finite, got " + f);
            }
        }
        if (resampleType == ResampleType.POLYPHASE) {
            throw new IllegalArgumentException("resampleType must be KAISER_FAST or KAISER_BEST, got POLYPHASE "
                    + "(it truncates the non-integer rate f * sampleRate)");
        }
    }

    /** Kaldi's choice: 0.9 or 1.1, with the kaiser_fast resampler. */
    public static DiscreteSpeedPerturbation kaldi() {
        return new DiscreteSpeedPerturbation(List.of(0.9, 1.1), ResampleType.KAISER_FAST);
    }

    /** A speed change by one of the factors, drawn at random. */
    @Override
    public float[] apply(float[] x, int sampleRate, RandomGenerator rng) {
        Draws.checkInput(x, sampleRate, rng);
        return speed(x, sampleRate, factors.get(rng.nextInt(factors.size())));
    }

    /**
     * Copy {@code copy} of a source gets factor {@code factors[(copy - 1) % n]}: with as many
     * copies as factors, every utterance is heard once at each speed, as in Kaldi's recipes.
     *
     * @throws IllegalArgumentException if {@code copy < 1}
     */
    @Override
    public float[] apply(float[] x, int sampleRate, RandomGenerator rng, int copy) {
        Draws.checkInput(x, sampleRate, rng);
        if (copy < 1) {
            throw new IllegalArgumentException("copy must be >= 1, got " + copy);
        }
        return speed(x, sampleRate, factors.get((copy - 1) % factors.size()));
    }

    private float[] speed(float[] x, int sampleRate, double f) {
        return f == 1.0 ? x.clone() : SpeedPerturbation.changeSpeed(x, sampleRate, f, resampleType);
    }
}
