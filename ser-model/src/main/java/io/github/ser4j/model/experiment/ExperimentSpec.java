package io.github.ser4j.model.experiment;

import io.github.ser4j.data.emotion.Emotion;
import io.github.ser4j.data.features.FeatureRecipe;
import io.github.ser4j.dsp.augment.AdditiveNoise;
import io.github.ser4j.dsp.augment.Augmentation;
import io.github.ser4j.dsp.augment.AugmentationChain;
import io.github.ser4j.dsp.augment.Gain;
import io.github.ser4j.dsp.augment.TimeShift;
import io.github.ser4j.model.bundle.TestTimeAugmentation;
import io.github.ser4j.model.train.TrainConfig;
import io.github.ser4j.model.zoo.ModelZoo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What an {@link Experiment} does: which corpora, which emotions, which protocol and folds,
 * which network and features, how to train. Build one with {@link #builder}.
 *
 * <pre>{@code
 * ExperimentSpec spec = ExperimentSpec.builder(List.of(Path.of("corpora/ravdess")))
 *         .emotions(List.of(Emotion.ANGRY, Emotion.HAPPY, Emotion.SAD, Emotion.NEUTRAL))
 *         .protocol(Protocol.SPEAKER).folds(5)
 *         .model("ser4j-default")
 *         .train(TrainConfig.builder().epochs(30).seed(7).build())
 *         .build();
 * }</pre>
 *
 * @param corpora            corpus folders (auto-detected); for {@link Protocol#CROSS} the first trains
 * @param emotions           the emotions to tell apart; empty for every emotion in the data
 * @param protocol           how the data is split
 * @param folds              1 for a hold-out, {@code k >= 2} for k-fold (ignored by loso and cross)
 * @param testFraction       the hold-out's test share, in (0, 1)
 * @param validationFraction share of each training part held out to pick the best epoch, in [0, 1); 0 for none
 * @param model              a {@link ModelZoo} name
 * @param recipe             the features (by default the network's, {@link ZooRecipes#forModel})
 * @param train              training settings; its seed also seeds the splits and the network
 * @param augmentCopies      augmented copies of every training utterance, {@code >= 0}
 * @param augmentation       what a copy does to the audio
 * @param finalModel         with several folds, whether to train a last model on all the data (else the last
 *                           fold's model is the one returned)
 * @param threads            feature extraction threads, {@code >= 1}
 * @param cacheDir           feature cache folder, or null for none
 * @param testTimeAugmentation the views each test prediction averages (recorded in the bundle)
 */
public record ExperimentSpec(List<Path> corpora, List<Emotion> emotions, Protocol protocol, int folds,
                             double testFraction, double validationFraction, String model, FeatureRecipe recipe,
                             TrainConfig train, int augmentCopies, Augmentation augmentation, boolean finalModel,
                             int threads, Path cacheDir, TestTimeAugmentation testTimeAugmentation) {
    /** Validates every field. */
    public ExperimentSpec {
        corpora = List.copyOf(corpora);
        emotions = List.copyOf(emotions);
        if (corpora.isEmpty()) {
            throw new IllegalArgumentException("corpora must name at least one folder");
        }
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(testTimeAugmentation, "testTimeAugmentation");
        if (folds < 1) {
            throw new IllegalArgumentException("folds must be >= 1, got " + folds);
        }
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new IllegalArgumentException("testFraction must be in (0, 1), got " + testFraction);
        }
        if (!(validationFraction >= 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("validationFraction must be in [0, 1), got " + validationFraction);
        }
        ModelZoo.entry(Objects.requireNonNull(model, "model"));
        Objects.requireNonNull(recipe, "recipe");
        Objects.requireNonNull(train, "train");
        if (augmentCopies < 0) {
            throw new IllegalArgumentException("augmentCopies must be >= 0, got " + augmentCopies);
        }
        Objects.requireNonNull(augmentation, "augmentation");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
    }

    /**
     * The default augmentation of a training copy: white noise at 15-30 dB SNR (always), a
     * time shift of up to 0.2 s with silence filled in (half the time), a gain of +-6 dB
     * (half the time).
     */
    public static Augmentation defaultAugmentation() {
        return AugmentationChain.builder()
                .add(new AdditiveNoise(15, 30))
                .add(0.5, new TimeShift(0.2, TimeShift.Mode.ZERO_FILL))
                .add(0.5, new Gain(-6, 6))
                .build();
    }

    /** A builder with the defaults for the given corpus folders. */
    public static Builder builder(List<Path> corpora) {
        return new Builder(corpora);
    }

    /**
     * Collects an {@link ExperimentSpec}. Defaults: every emotion, speaker-independent
     * hold-out of 20%, the default network with its recipe, the network's
     * {@link RecommendedTraining} (training settings, validation share, augmentation), a final
     * model on all data after k-fold, as many extraction threads as processors, no cache.
     */
    public static final class Builder {
        private final List<Path> corpora;
        private List<Emotion> emotions = List.of();
        private Protocol protocol = Protocol.SPEAKER;
        private int folds = 1;
        private double testFraction = 0.2;
        private Double validationFraction;
        private String model = ModelZoo.DEFAULT;
        private FeatureRecipe recipe;
        private TrainConfig train;
        private Integer augmentCopies;
        private Augmentation augmentation;
        private boolean finalModel = true;
        private int threads = Runtime.getRuntime().availableProcessors();
        private Path cacheDir;
        private TestTimeAugmentation testTimeAugmentation;

        private Builder(List<Path> corpora) {
            this.corpora = new ArrayList<>(corpora);
        }

        /** The emotions to tell apart; empty for all. */
        public Builder emotions(List<Emotion> v) {
            emotions = v;
            return this;
        }

        /** The split protocol. */
        public Builder protocol(Protocol v) {
            protocol = v;
            return this;
        }

        /** Folds: 1 for a hold-out. */
        public Builder folds(int v) {
            folds = v;
            return this;
        }

        /** The hold-out's test share. */
        public Builder testFraction(double v) {
            testFraction = v;
            return this;
        }

        /** The validation share of each training part; 0 for none. */
        public Builder validationFraction(double v) {
            validationFraction = v;
            return this;
        }

        /** The zoo network; also resets the recipe to that network's unless one is set after. */
        public Builder model(String v) {
            model = v;
            recipe = null;
            return this;
        }

        /** The feature recipe (after {@link #model}). */
        public Builder recipe(FeatureRecipe v) {
            recipe = v;
            return this;
        }

        /** Training settings. */
        public Builder train(TrainConfig v) {
            train = v;
            return this;
        }

        /** Augmented copies per training utterance. */
        public Builder augmentCopies(int v) {
            augmentCopies = v;
            return this;
        }

        /** The augmentation of a copy. */
        public Builder augmentation(Augmentation v) {
            augmentation = v;
            return this;
        }

        /** Whether k-fold ends with a model trained on all data. */
        public Builder finalModel(boolean v) {
            finalModel = v;
            return this;
        }

        /** Feature extraction threads. */
        public Builder threads(int v) {
            threads = v;
            return this;
        }

        /** The feature cache folder, or null. */
        public Builder cacheDir(Path v) {
            cacheDir = v;
            return this;
        }

        /** Test-time augmentation of every test prediction (and of the saved model). */
        public Builder testTimeAugmentation(TestTimeAugmentation v) {
            testTimeAugmentation = v;
            return this;
        }

        /**
         * The validated spec. Training settings, validation share, augmented copies,
         * augmentation and test-time augmentation not set come from the network's
         * {@link RecommendedTraining}.
         */
        public ExperimentSpec build() {
            FeatureRecipe r = recipe != null ? recipe : ZooRecipes.forModel(model);
            RecommendedTraining rec = RecommendedTraining.forModel(model);
            return new ExperimentSpec(corpora, emotions, protocol, folds, testFraction,
                    validationFraction != null ? validationFraction : rec.validationFraction(), model, r,
                    train != null ? train : rec.train(), augmentCopies != null ? augmentCopies : rec.augmentCopies(),
                    augmentation != null ? augmentation : rec.augmentation(), finalModel, threads, cacheDir,
                    testTimeAugmentation != null ? testTimeAugmentation : rec.testTimeAugmentation());
        }
    }
}
