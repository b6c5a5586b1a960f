package io.github.ser4j.data.features;

import io.github.ser4j.dsp.effects.FixedLength;
import io.github.ser4j.dsp.resample.ResampleType;
import io.github.ser4j.dsp.spectral.PadMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Everything that turns an audio file into the array a model takes: load, effects, features,
 * pooling. Immutable, comparable by value, hashable ({@link #hash()}) and serialisable
 * ({@link #toText()} / {@link #parse}), so a model bundle can store the recipe it was trained
 * with and inference rebuilds exactly the same preprocessing.
 *
 * <pre>{@code
 * FeatureRecipe r = FeatureRecipe.builder("my-mfcc")
 *         .sampleRate(16000).fixDuration(3.0)
 *         .feature(FeatureSpec.mfcc(40).withFrames(512, 160).withDeltas(1))
 *         .pooling(Pooling.STATS)
 *         .build();
 * FeatureArray x = FeaturePipeline.of(r).extract(path);     // shape r.outputShape()
 * }</pre>
 *
 * <p>The stages, in order: {@link LoadSpec} ({@code librosa.load}), augmentation (training
 * copies only, see {@link FeatureExtractor}), {@link EffectsSpec} (trim, Wiener, pre-emphasis,
 * fixed length), the {@link FeatureSpec}s (each {@code [coefficient][frame]}), then
 * {@link Pooling}.
 *
 * @param name     a short identifier, letters, digits, {@code . _ -}
 * @param load     the load stage
 * @param effects  the effects stage
 * @param features the frame-level features, in output order, at least one
 * @param pooling  how the features become the output array
 */
public record FeatureRecipe(String name, LoadSpec load, EffectsSpec effects, List<FeatureSpec> features,
                            Pooling pooling) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /** Validates the recipe as a whole; messages name the field and the value. */
    public FeatureRecipe {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(load, "load");
        Objects.requireNonNull(effects, "effects");
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(pooling, "pooling");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("name must be 1-64 characters of [A-Za-z0-9._-], got '" + name + "'");
        }
        features = List.copyOf(features);
        if (features.isEmpty()) {
            throw new IllegalArgumentException("features must name at least one feature");
        }
        for (int i = 0; i < features.size(); i++) {
            FeatureSpec f = features.get(i);
            try {
                f.checkSampleRate(load.sampleRate());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("features[" + i + "]: " + e.getMessage(), e);
            }
        }
        for (int i = 0; i < features.size(); i++) {
            if (features.get(i).kind().isUtteranceLevel() && pooling != Pooling.MEAN) {
                throw new IllegalArgumentException("features[" + i + "] (" + features.get(i).kind() + ") is one vector"
                        + " per utterance: it needs pooling=mean, got pooling=" + pooling);
            }
        }
        if (pooling == Pooling.FRAMES) {
            FeatureSpec first = features.get(0);
            for (int i = 1; i < features.size(); i++) {
                FeatureSpec f = features.get(i);
                if (f.hopLength() != first.hopLength() || f.nFft() % 2 != first.nFft() % 2) {
                    throw new IllegalArgumentException("features[" + i + "] (" + f.kind() + "): pooling=frames stacks "
                            + "frames, so every feature needs hopLength=" + first.hopLength() + " and an n_fft of the "
                            + "same parity as features[0]; got hopLength=" + f.hopLength() + ", nFft=" + f.nFft());
                }
            }
        }
        if (effects.fixesLength()) {
            int n = FixedLength.samples(effects.fixDurationSeconds(), load.sampleRate());
            for (int i = 0; i < features.size(); i++) {
                FeatureSpec f = features.get(i);
                if (f.deltas() > 0 && f.frames(n) < 9) {
                    throw new IllegalArgumentException("features[" + i + "] (" + f.kind() + "): deltas need >= 9 frames,"
                            + " but effects.fixDurationSeconds=" + effects.fixDurationSeconds() + " gives " + f.frames(n));
                }
            }
        }
    }

    // ----------------------------------------------------------------------------- predefined

    /**
     * The ser4j default model's input: {@link #functionals()}, the utterance functionals
     * ({@code [706]}).
     */
    public static FeatureRecipe defaultRecipe() {
        return functionals();
    }

    /**
     * The attentive CRNN's input (the model zoo's {@code LogMelSpec.DEFAULT}): log-mel,
     * 64 Slaney mels at 16 kHz, {@code n_fft=512} (32 ms), hop 256 (16 ms),
     * {@code power_to_db(ref=1.0, top_db=80)}, every utterance padded or truncated to 3 s:
     * {@code [64][188]}. Other sizes: {@link #logMel(String, int, int, int, int, double)}.
     */
    public static FeatureRecipe logMel64() {
        return logMel("ser4j-logmel64", 16000, 64, 512, 256, 3.0);
    }

    /**
     * ser4j's utterance functionals (the default model's input): load at 16 kHz
     * (kaiser_best), no effects, {@link FeatureSpec#functionals()} ({@link
     * io.github.ser4j.dsp.functionals.AcousticFunctionals}): {@code [706]}, whatever the
     * utterance's length.
     */
    public static FeatureRecipe functionals() {
        return builder("ser4j-functionals")
                .sampleRate(16000)
                .feature(FeatureSpec.functionals())
                .pooling(Pooling.MEAN)
                .build();
    }

    /**
     * A log-mel frames recipe: load at {@code sampleRate} (kaiser_best), pad or truncate to
     * {@code seconds}, {@code power_to_db(melspectrogram(n_fft, hop_length, n_mels), ref=1.0,
     * amin=1e-10, top_db=80)}: {@code [nMels][1 + round(seconds * sampleRate) / hopLength]}.
     * For example {@code logMel("m", 16000, 64, 400, 160, 3.0)} gives {@code [64][301]}.
     */
    public static FeatureRecipe logMel(String name, int sampleRate, int nMels, int nFft, int hopLength,
                                       double seconds) {
        return builder(name)
                .sampleRate(sampleRate)
                .fixDuration(seconds)
                .feature(FeatureSpec.logMel(nMels).withFrames(nFft, hopLength))
                .pooling(Pooling.FRAMES)
                .build();
    }

    /**
     * Seed 000 (1-D CNN on ZCR + RMS + MFCC): {@code librosa.load(path, sr=8025, offset=0.6,
     * duration=2.5)} (the README states the 8025 Hz rate; the 2.5 s window at 0.6 s is that of
     * the notebook it follows), padded to 2.5 s so that every file gives 40 frames; then
     * {@code np.hstack([zcr(y), rms(y), np.ravel(mfcc(y, sr, n_mfcc=20).T)])} with frame 2048,
     * hop 512: 40 ZCR values, 40 RMS values, then 40 frames of 20 MFCCs, frame by frame:
     * {@code [880]} (the model's input {@code (880, 1)}).
     */
    public static FeatureRecipe seed000() {
        return builder("seed000")
                .sampleRate(8025).offset(0.6).duration(2.5)
                .fixDuration(2.5)
                .feature(FeatureSpec.zcr())
                .feature(FeatureSpec.rms())
                .feature(FeatureSpec.mfcc(20))
                .pooling(Pooling.FLATTEN)
                .build();
    }

    /**
     * Seed 001 (1-D CNN on mean MFCCs): {@code librosa.load(path)} at 22050 Hz, 50 MFCCs with
     * a 512-sample Hann window and hop 256, averaged over time: {@code [50]}. The seed pins
     * librosa 0.8.1, whose centred frames are reflect-padded.
     */
    public static FeatureRecipe seed001() {
        return builder("seed001")
                .sampleRate(22050)
                .feature(FeatureSpec.mfcc(50).withFrames(512, 256).withPadMode(PadMode.REFLECT))
                .pooling(Pooling.MEAN)
                .build();
    }

    /**
     * Seed 003 (CRNN on log-mel): resample to 44.1 kHz, {@code librosa.effects.trim} (top_db
     * 60), {@code scipy.signal.wiener} (mysize 3), zero-pad or truncate to 3 s, 128-band mel
     * spectrogram ({@code n_fft=2048, hop 512}), {@code power_to_db}: {@code [128][259]}.
     */
    public static FeatureRecipe seed003() {
        return builder("seed003")
                .sampleRate(44100)
                .trim(60.0).wiener(3).fixDuration(3.0)
                .feature(FeatureSpec.logMel(128))
                .pooling(Pooling.FRAMES)
                .build();
    }

    /**
     * Seed 004 (PyTorch network on MFCC statistics, features standardised afterwards): the
     * README names MFCCs only, so this recipe takes librosa's MFCC at 22050 Hz with 40
     * coefficients (the usual SER setting) and summarises each coefficient over time by its
     * mean, standard deviation, minimum and maximum: {@code [160]}.
     */
    public static FeatureRecipe seed004() {
        return builder("seed004")
                .sampleRate(22050)
                .feature(FeatureSpec.mfcc(40))
                .pooling(Pooling.STATS)
                .build();
    }

    // ----------------------------------------------------------------------------- shape, hash, text

    /** Samples after the fixed-length effect, or -1 when the length is not fixed. */
    public int fixedSamples() {
        return effects.fixesLength() ? FixedLength.samples(effects.fixDurationSeconds(), load.sampleRate()) : -1;
    }

    /** Rows of all features together (the coefficient axis of {@link Pooling#FRAMES}). */
    public int totalRows() {
        int r = 0;
        for (FeatureSpec f : features) {
            r += f.rows();
        }
        return r;
    }

    /**
     * The shape of the output array: {@code [rows, frames]} for {@link Pooling#FRAMES},
     * {@code [n]} otherwise. Without a fixed length the frame count depends on the file and
     * is reported as -1 ({@code [rows, -1]}, or {@code [-1]} for {@link Pooling#FLATTEN}).
     */
    public int[] outputShape() {
        int n = fixedSamples();
        return switch (pooling) {
            case FRAMES -> new int[] {totalRows(), n < 0 ? -1 : features.get(0).frames(n)};
            case MEAN -> new int[] {totalRows()};
            case STATS -> new int[] {4 * totalRows()};
            case FLATTEN -> {
                if (n < 0) {
                    yield new int[] {-1};
                }
                int total = 0;
                for (FeatureSpec f : features) {
                    total += f.rows() * f.frames(n);
                }
                yield new int[] {total};
            }
        };
    }

    /** The canonical text form (see {@link RecipeText}); {@code parse(toText())} equals this recipe. */
    public String toText() {
        return RecipeText.format(this);
    }

    /**
     * Parses the canonical text form.
     *
     * @throws RecipeFormatException naming the line and the key
     */
    public static FeatureRecipe parse(String text) {
        return RecipeText.parse(text);
    }

    /**
     * SHA-256 of {@link #toText()} as 64 lower-case hex digits: the same for equal recipes on
     * every run and machine, different when any field changes. The feature cache is keyed by it.
     */
    public String hash() {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(toText().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    // ----------------------------------------------------------------------------- builder

    /** A builder starting from librosa.load's defaults (22050 Hz, kaiser_best), no effects, mean pooling. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** A builder holding this recipe's fields, to change some of them. */
    public Builder toBuilder() {
        Builder b = new Builder(name);
        b.load = load;
        b.effects = effects;
        b.features.addAll(features);
        b.pooling = pooling;
        return b;
    }

    /** Collects the fields of a {@link FeatureRecipe}; {@link #build()} validates them. */
    public static final class Builder {
        private String name;
        private LoadSpec load = LoadSpec.at(22050);
        private EffectsSpec effects = EffectsSpec.none();
        private final List<FeatureSpec> features = new ArrayList<>();
        private Pooling pooling = Pooling.MEAN;

        private Builder(String name) {
            this.name = name;
        }

        /** Another name. */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /** Target sample rate in Hz. */
        public Builder sampleRate(int hz) {
            load = new LoadSpec(hz, load.resType(), load.mono(), load.offsetSeconds(), load.durationSeconds());
            return this;
        }

        /** Resampling algorithm. */
        public Builder resType(ResampleType type) {
            load = new LoadSpec(load.sampleRate(), type, load.mono(), load.offsetSeconds(), load.durationSeconds());
            return this;
        }

        /** Start reading {@code seconds} into each file. */
        public Builder offset(double seconds) {
            load = new LoadSpec(load.sampleRate(), load.resType(), load.mono(), seconds, load.durationSeconds());
            return this;
        }

        /** Read at most {@code seconds} of each file. */
        public Builder duration(double seconds) {
            load = new LoadSpec(load.sampleRate(), load.resType(), load.mono(), load.offsetSeconds(), seconds);
            return this;
        }

        /** The whole load stage. */
        public Builder load(LoadSpec value) {
            load = Objects.requireNonNull(value, "load");
            return this;
        }

        /** Silence trim at {@code topDb} (NaN = off). */
        public Builder trim(double topDb) {
            effects = effects.withTrim(topDb);
            return this;
        }

        /** Wiener filter of window {@code mysize} (0 = off). */
        public Builder wiener(int mysize) {
            effects = effects.withWiener(mysize);
            return this;
        }

        /** Pre-emphasis with {@code coef} (0 = off). */
        public Builder preEmphasis(double coef) {
            effects = effects.withPreEmphasis(coef);
            return this;
        }

        /** Pad or truncate to {@code seconds} (0 = off). */
        public Builder fixDuration(double seconds) {
            effects = effects.withFixedDuration(seconds);
            return this;
        }

        /** The whole effects stage. */
        public Builder effects(EffectsSpec value) {
            effects = Objects.requireNonNull(value, "effects");
            return this;
        }

        /** Appends a feature. */
        public Builder feature(FeatureSpec spec) {
            features.add(Objects.requireNonNull(spec, "feature"));
            return this;
        }

        /** Removes every feature added so far. */
        public Builder clearFeatures() {
            features.clear();
            return this;
        }

        /** The pooling. */
        public Builder pooling(Pooling value) {
            pooling = Objects.requireNonNull(value, "pooling");
            return this;
        }

        /**
         * The recipe.
         *
         * @throws IllegalArgumentException naming the bad field
         */
        public FeatureRecipe build() {
            return new FeatureRecipe(name, load, effects, features, pooling);
        }
    }
}
