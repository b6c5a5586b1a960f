package io.github.ser4j.model.experiment;

import io.github.ser4j.dsp.augment.Augmentation;
import io.github.ser4j.dsp.augment.DiscreteSpeedPerturbation;
import io.github.ser4j.model.bundle.TestTimeAugmentation;
import io.github.ser4j.model.train.Monitor;
import io.github.ser4j.model.train.OptimizerKind;
import io.github.ser4j.model.train.ScheduleKind;
import io.github.ser4j.model.train.TrainConfig;
import io.github.ser4j.model.zoo.ModelZoo;
import java.util.Objects;

/**
 * How a zoo network is best trained: its training settings, its validation share and its
 * augmentation. {@link ExperimentSpec.Builder} and {@code ser train} start from these and
 * change only what the user sets.
 *
 * <table>
 *   <caption>recommended training per network</caption>
 *   <tr><th>network</th><th>settings</th><th>validation</th><th>augmentation</th></tr>
 *   <tr><td>ser4j-default</td><td>AdamW 1e-3, weight decay 1e-2, cosine to 1e-5, 60 epochs, batch 32,
 *       label smoothing 0.1, class weights, last epoch kept (no early stopping)</td><td>none: every
 *       training speaker trains</td><td>2 speed-perturbed copies (one at 0.9, one at 1.1); predictions average
 *       the input at speeds 1, 0.9 and 1.1 ({@link TestTimeAugmentation})</td></tr>
 *   <tr><td>cnn1d-seed000</td><td>Adam 1e-3 with ReduceLROnPlateau and early stopping (the seed's
 *       Keras callbacks), 30 epochs</td><td>15 %</td><td>none</td></tr>
 *   <tr><td>cnn1d-compact-seed001</td><td>Adam 1e-4 for 500 epochs (the seed's), best validation epoch
 *       kept</td><td>15 %</td><td>none</td></tr>
 *   <tr><td>resnet18-seed002</td><td>Adam 1e-3 with a one-cycle schedule (the seed's), early stopping
 *       after 10</td><td>15 %</td><td>none</td></tr>
 *   <tr><td>crnn-seed003</td><td>Adam 1e-4, batch 16, 10 epochs (the seed's)</td><td>15 %</td><td>none</td></tr>
 *   <tr><td>others</td><td>Adam 1e-3, cosine, 30 epochs, batch 32, early stopping after 10 epochs
 *       without a better validation UAR, best epoch restored</td><td>15 %</td><td>none</td></tr>
 * </table>
 *
 * <p>The ser4j-default settings were chosen by leave-one-speaker-out UAR on EMO-DB. It keeps
 * its last epoch because picking an epoch on one validation speaker, with a few dozen
 * utterances, chose worse epochs than a fixed schedule did; without a validation part its
 * nine training speakers all train.
 *
 * @param train              training settings
 * @param validationFraction share of each training part held out for validation, in [0, 1)
 * @param augmentCopies      augmented copies per training utterance
 * @param augmentation       what a copy does to the audio
 * @param testTimeAugmentation the views a prediction averages
 */
public record RecommendedTraining(TrainConfig train, double validationFraction, int augmentCopies,
                                  Augmentation augmentation, TestTimeAugmentation testTimeAugmentation) {
    /** Checks the fields. */
    public RecommendedTraining {
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(augmentation, "augmentation");
        Objects.requireNonNull(testTimeAugmentation, "testTimeAugmentation");
        if (!(validationFraction >= 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("validationFraction must be in [0, 1), got " + validationFraction);
        }
        if (augmentCopies < 0) {
            throw new IllegalArgumentException("augmentCopies must be >= 0, got " + augmentCopies);
        }
    }

    /**
     * The recommendation for the zoo network {@code model}.
     *
     * @throws IllegalArgumentException for a name the zoo does not know, naming the known ones
     */
    public static RecommendedTraining forModel(String model) {
        ModelZoo.entry(model);
        TrainConfig.Builder common = TrainConfig.builder().epochs(30).batchSize(32).optimizer(OptimizerKind.ADAM)
                .learningRate(1e-3).schedule(ScheduleKind.COSINE).patience(10).monitor(Monitor.VAL_UAR);
        return switch (model) {
            case ModelZoo.DEFAULT -> new RecommendedTraining(TrainConfig.builder().epochs(60).batchSize(32)
                    .optimizer(OptimizerKind.ADAMW).learningRate(1e-3).weightDecay(1e-2)
                    .schedule(ScheduleKind.COSINE).minLearningRate(1e-5).labelSmoothing(0.1).classWeights(true)
                    .patience(0).restoreBest(false).build(),
                    0.0, 2, DiscreteSpeedPerturbation.kaldi(), TestTimeAugmentation.speeds0911());
            // seed 000: Adam with Keras's EarlyStopping and ReduceLROnPlateau callbacks
            case "cnn1d-seed000" -> new RecommendedTraining(common.schedule(ScheduleKind.PLATEAU).build(), 0.15, 0,
                    ExperimentSpec.defaultAugmentation(),
                    TestTimeAugmentation.none());
            // seed 001: Adam lr 1e-4 for 500 iterations; the best validation epoch is kept
            case "cnn1d-compact-seed001" -> new RecommendedTraining(common.learningRate(1e-4).epochs(500).patience(0)
                    .schedule(ScheduleKind.NONE).build(), 0.15, 0, ExperimentSpec.defaultAugmentation(),
                    TestTimeAugmentation.none());
            // seed 002: a one-cycle learning rate
            case "resnet18-seed002" -> new RecommendedTraining(common.schedule(ScheduleKind.ONE_CYCLE).build(), 0.15,
                    0, ExperimentSpec.defaultAugmentation(),
                    TestTimeAugmentation.none());
            // seed 003: Adam lr 1e-4, batch 16, 10 epochs
            case "crnn-seed003" -> new RecommendedTraining(common.learningRate(1e-4).batchSize(16).epochs(10)
                    .schedule(ScheduleKind.NONE).build(), 0.15, 0, ExperimentSpec.defaultAugmentation(),
                    TestTimeAugmentation.none());
            default -> new RecommendedTraining(common.build(), 0.15, 0, ExperimentSpec.defaultAugmentation(),
                    TestTimeAugmentation.none());
        };
    }
}
