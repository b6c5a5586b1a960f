package io.github.ser4j.model.bundle;

import io.github.ser4j.dsp.audio.Audio;
import io.github.ser4j.dsp.augment.SpeedPerturbation;
import io.github.ser4j.dsp.resample.ResampleType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Test-time augmentation: the network classifies the input and speed-changed versions of it,
 * and the class probabilities are averaged.
 *
 * <p>A network trained on speed-perturbed copies (0.9 and 1.1, as Kaldi's recipes make them)
 * has learnt that a voice a little faster and higher, or slower and lower, carries the same
 * emotion. Asking it about the input at those speeds too, and averaging, cancels part of the
 * error any single view makes: on EMO-DB, leave one speaker out, averaging the original
 * with its 0.9 and 1.1 versions raised the default model's mean-fold UAR from 0.771 to 0.794
 * with the same trained networks (RESULTS.md). The versions are made exactly as the training
 * copies were ({@link SpeedPerturbation#changeSpeed} with {@code kaiser_fast}) from the
 * signal at the recipe's rate, and cost one feature extraction and one network pass each.
 *
 * <p>The setting belongs to the model: it is stored in the bundle as the architecture's
 * {@value #HYPERPARAMETER} hyperparameter (absent: none), and every prediction of the
 * model, in evaluation and in {@code EmotionRecognizer}, uses it.
 *
 * @param speeds speed factors of the extra versions (the original is always included),
 *               each positive and finite and not 1; empty for none
 */
public record TestTimeAugmentation(List<Double> speeds) {
    /** The architecture hyperparameter that records the speeds, e.g. {@code "0.9,1.1"}. */
    public static final String HYPERPARAMETER = "test_time_speeds";

    /** Validates and copies the speeds. */
    public TestTimeAugmentation {
        speeds = List.copyOf(Objects.requireNonNull(speeds, "speeds"));
        for (int i = 0; i < speeds.size(); i++) {
            double f = speeds.get(i);
            if (!(f > 0) || Double.isInfinite(f) || f == 1.0) {
                throw new IllegalArgumentException("speeds[" + i + "] must be positive, finite and not 1, got " + f);
            }
        }
    }

    /** No test-time augmentation: the input alone. */
    public static TestTimeAugmentation none() {
        return new TestTimeAugmentation(List.of());
    }

    /** The input and its versions at speeds 0.9 and 1.1. */
    public static TestTimeAugmentation speeds0911() {
        return new TestTimeAugmentation(List.of(0.9, 1.1));
    }

    /** Whether there is more than the input alone. */
    public boolean enabled() {
        return !speeds.isEmpty();
    }

    /**
     * The setting recorded in {@code architecture} (none when it records none).
     *
     * @throws IllegalArgumentException naming the value when it does not parse
     */
    public static TestTimeAugmentation of(ModelArchitecture architecture) {
        String v = architecture.hyperparameters().get(HYPERPARAMETER);
        if (v == null || v.isBlank()) {
            return none();
        }
        try {
            return new TestTimeAugmentation(Arrays.stream(v.split(",")).map(String::trim)
                    .map(Double::parseDouble).toList());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("architecture hyperparameter " + HYPERPARAMETER + "='" + v + "': "
                    + e.getMessage(), e);
        }
    }

    /** {@code architecture} recording this setting (or recording none, when disabled). */
    public ModelArchitecture applyTo(ModelArchitecture architecture) {
        java.util.Map<String, String> h = new java.util.TreeMap<>(architecture.hyperparameters());
        if (enabled()) {
            h.put(HYPERPARAMETER, String.join(",", speeds.stream().map(d -> String.format(Locale.ROOT, "%s", d)).toList()));
        } else {
            h.remove(HYPERPARAMETER);
        }
        return new ModelArchitecture(architecture.name(), architecture.numClasses(), architecture.inputShape(), h);
    }

    /** A phrase for reports: empty when disabled, else e.g. {@code "predictions averaged over speeds 1, 0.9, 1.1"}. */
    public String describe() {
        if (!enabled()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("predictions averaged over speeds 1");
        for (double f : speeds) {
            sb.append(", ").append(f);
        }
        return sb.toString();
    }

    /** The versions to classify: {@code audio} itself first, then one per speed, at the same rate. */
    public List<Audio> views(Audio audio) {
        List<Audio> out = new ArrayList<>(1 + speeds.size());
        out.add(audio);
        for (double f : speeds) {
            out.add(new Audio(SpeedPerturbation.changeSpeed(audio.samples(), audio.sampleRate(), f,
                    ResampleType.KAISER_FAST), audio.sampleRate()));
        }
        return out;
    }

    /** Element-wise mean of probability vectors of equal length. */
    public static float[] average(List<float[]> probabilities) {
        if (probabilities.isEmpty()) {
            throw new IllegalArgumentException("nothing to average");
        }
        float[] out = new float[probabilities.get(0).length];
        for (float[] p : probabilities) {
            for (int c = 0; c < out.length; c++) {
                out[c] += p[c];
            }
        }
        for (int c = 0; c < out.length; c++) {
            out[c] /= probabilities.size();
        }
        return out;
    }
}
