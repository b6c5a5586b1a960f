package io.github.ser4j.data.features;

import io.github.ser4j.dsp.audio.Audio;
import io.github.ser4j.dsp.audio.AudioLoader;
import io.github.ser4j.dsp.effects.FixedLength;
import io.github.ser4j.dsp.effects.PreEmphasis;
import io.github.ser4j.dsp.effects.SilenceTrim;
import io.github.ser4j.dsp.effects.WienerFilter;
import io.github.ser4j.dsp.resample.Resampler;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A {@link FeatureRecipe} ready to run: one thread's instance, with the FFT, filterbank and DCT
 * plans of every feature built once. Training extraction ({@link FeatureExtractor}) and
 * inference both go through this class, so a model sees the same preprocessing in both.
 *
 * <pre>{@code
 * FeaturePipeline p = FeaturePipeline.of(FeatureRecipe.seed003());
 * FeatureArray x = p.extract(Path.of("03a01Fa.wav"));       // [128, 259]
 * }</pre>
 *
 * <p>Not thread-safe (the plans hold scratch buffers): make one per thread.
 */
public final class FeaturePipeline {
    private final FeatureRecipe recipe;
    private final List<FeaturePlan> plans;

    private FeaturePipeline(FeatureRecipe recipe) {
        this.recipe = Objects.requireNonNull(recipe, "recipe");
        List<FeaturePlan> p = new ArrayList<>();
        for (FeatureSpec f : recipe.features()) {
            p.add(new FeaturePlan(f, recipe.load().sampleRate()));
        }
        this.plans = List.copyOf(p);
    }

    /** A pipeline for {@code recipe}. */
    public static FeaturePipeline of(FeatureRecipe recipe) {
        return new FeaturePipeline(recipe);
    }

    /** The recipe. */
    public FeatureRecipe recipe() {
        return recipe;
    }

    /** Load stage, effects, features and pooling of one file. */
    public FeatureArray extract(Path file) throws IOException {
        return process(load(file));
    }

    /**
     * The load stage: {@code librosa.load(file, sr, mono=True, offset, duration, res_type)}.
     *
     * @throws IOException when the file cannot be read or decoded
     *                     ({@link io.github.ser4j.dsp.audio.AudioFormatException} names the file)
     */
    public Audio load(Path file) throws IOException {
        return AudioLoader.load(file, recipe.load().options());
    }

    /**
     * Effects, features and pooling of a loaded signal. A signal at another rate is first
     * resampled to the recipe's rate with its {@code res_type} (offset and duration, which
     * are about reading files, are not applied).
     *
     * @throws IllegalArgumentException if the signal is empty
     */
    public FeatureArray process(Audio audio) {
        float[] y = conform(audio);
        return pool(frameFeatures(applyEffects(y)));
    }

    /** The samples of {@code audio} at the recipe's sample rate. */
    public float[] conform(Audio audio) {
        Objects.requireNonNull(audio, "audio");
        int sr = recipe.load().sampleRate();
        if (audio.sampleRate() == sr) {
            return audio.samples();
        }
        return Resampler.standard().resample(audio.samples(), audio.sampleRate(), sr, recipe.load().resType());
    }

    /**
     * The effects stage in its fixed order: trim, Wiener, pre-emphasis, fixed length.
     *
     * @throws IllegalArgumentException if {@code y} is empty (nothing to describe)
     */
    public float[] applyEffects(float[] y) {
        if (y.length == 0) {
            throw new IllegalArgumentException("the signal has no samples (offset past the end, or an empty file)");
        }
        EffectsSpec e = recipe.effects();
        float[] out = y;
        if (e.trims()) {
            out = SilenceTrim.trim(out, e.trimTopDb()).samples();
        }
        if (e.wienerSize() > 0) {
            out = WienerFilter.apply(out, e.wienerSize());
        }
        if (e.preEmphasis() > 0) {
            out = PreEmphasis.apply(out, (float) e.preEmphasis());
        }
        if (e.fixesLength()) {
            out = FixedLength.fixLength(out, recipe.fixedSamples());
        }
        return out;
    }

    /** Every feature of the recipe, each {@code [rows][frames]}, in recipe order. */
    public List<float[][]> frameFeatures(float[] y) {
        List<float[][]> out = new ArrayList<>(plans.size());
        for (FeaturePlan p : plans) {
            out.add(p.compute(y));
        }
        return out;
    }

    /** The pooling stage: the frame features as the recipe's output array. */
    public FeatureArray pool(List<float[][]> feats) {
        return switch (recipe.pooling()) {
            case FRAMES -> frames(feats);
            case MEAN -> FeatureArray.vector(statistics(feats, false));
            case STATS -> FeatureArray.vector(statistics(feats, true));
            case FLATTEN -> FeatureArray.vector(flatten(feats));
        };
    }

    private static FeatureArray frames(List<float[][]> feats) {
        int rows = 0;
        int frames = feats.get(0)[0].length;
        for (float[][] f : feats) {
            if (f[0].length != frames) {
                throw new IllegalStateException("features have " + frames + " and " + f[0].length + " frames");
            }
            rows += f.length;
        }
        float[] d = new float[rows * frames];
        int r = 0;
        for (float[][] f : feats) {
            for (float[] row : f) {
                System.arraycopy(row, 0, d, r++ * frames, frames);
            }
        }
        return new FeatureArray(new int[] {rows, frames}, d);
    }

    /**
     * Per feature, {@code np.mean(f, axis=1)} (and with {@code stats}: {@code np.std}, {@code np.min},
     * {@code np.max} after it), accumulated in double.
     */
    private static float[] statistics(List<float[][]> feats, boolean stats) {
        int total = 0;
        for (float[][] f : feats) {
            total += f.length * (stats ? 4 : 1);
        }
        float[] out = new float[total];
        int o = 0;
        for (float[][] f : feats) {
            int rows = f.length;
            for (int i = 0; i < rows; i++) {
                float[] row = f[i];
                double sum = 0;
                float min = Float.POSITIVE_INFINITY;
                float max = Float.NEGATIVE_INFINITY;
                for (float v : row) {
                    sum += v;
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
                double mean = sum / row.length;
                out[o + i] = (float) mean;
                if (stats) {
                    double ss = 0;
                    for (float v : row) {
                        double d = v - mean;
                        ss += d * d;
                    }
                    out[o + rows + i] = (float) Math.sqrt(ss / row.length);
                    out[o + 2 * rows + i] = min;
                    out[o + 3 * rows + i] = max;
                }
            }
            o += rows * (stats ? 4 : 1);
        }
        return out;
    }

    /** {@code np.hstack([np.ravel(f.T) for f in feats])}: frame-major within each feature. */
    private static float[] flatten(List<float[][]> feats) {
        int total = 0;
        for (float[][] f : feats) {
            total += f.length * f[0].length;
        }
        float[] out = new float[total];
        int o = 0;
        for (float[][] f : feats) {
            int frames = f[0].length;
            for (int t = 0; t < frames; t++) {
                for (float[] row : f) {
                    out[o++] = row[t];
                }
            }
        }
        return out;
    }
}
