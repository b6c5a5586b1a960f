package io.github.ser4j.model;

import io.github.ser4j.data.features.FeatureRecipe;
import io.github.ser4j.model.bundle.ModelArchitecture;
import io.github.ser4j.model.bundle.ModelBundle;
import io.github.ser4j.model.bundle.TrainingMetadata;
import io.github.ser4j.model.train.FeatureScaler;
import io.github.ser4j.model.zoo.ModelZoo;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recognizer on the default network (utterance functionals, a vector input) and on the
 * attentive CRNN with its log-mel recipe (a 3-D input): same answers from many threads.
 */
class DefaultModelRecognizerTest {
    @Test
    void spectrogramModelPredictsAndServesThreadsAlike() throws Exception {
        FeatureRecipe recipe = FeatureRecipe.logMel64();
        servesThreadsAlike("crnn-attentive", recipe, new int[] {1, recipe.outputShape()[0], recipe.outputShape()[1]});
    }

    @Test
    void defaultFunctionalsModelPredictsAndServesThreadsAlike() throws Exception {
        FeatureRecipe recipe = FeatureRecipe.defaultRecipe();
        servesThreadsAlike(ModelZoo.DEFAULT, recipe, recipe.outputShape());
    }

    @Test
    void defaultModelStreamedInRandomChunksGivesTheBatchWindows() throws Exception {
        FeatureRecipe recipe = FeatureRecipe.defaultRecipe();
        ModelArchitecture arch = ModelArchitecture.of(ModelZoo.DEFAULT, 4, recipe.outputShape());
        EmotionRecognizer r = EmotionRecognizer.of(ModelBundle.of(arch, recipe, FeatureScaler.none(recipe.outputShape()),
                List.of("angry", "happy", "neutral", "sad"), TrainingMetadata.of(List.of(), "none", Map.of(), 1),
                arch.build(3)));
        float[] speech = SmallBundles.speech();
        List<Prediction> batch = r.predictWindows(speech, 16000, 0.8);
        assertThat(batch).hasSizeGreaterThan(2);
        java.util.SplittableRandom rng = new java.util.SplittableRandom(17);
        io.github.ser4j.model.StreamingSession stream = r.openStream(16000, 0.8);
        List<Prediction> streamed = new ArrayList<>();
        for (int pos = 0; pos < speech.length; ) {
            int n = Math.min(speech.length - pos, 1 + rng.nextInt(9000));
            streamed.addAll(stream.push(Arrays.copyOfRange(speech, pos, pos + n)));
            pos += n;
        }
        streamed.addAll(stream.finish());
        assertThat(streamed).isEqualTo(batch);
        // and a window is the prediction of its own samples
        Prediction first = batch.get(0);
        assertThat(r.predict(Arrays.copyOfRange(speech, 0, (int) Math.round(first.endSeconds() * 16000)), 16000)
                .probabilities()).isEqualTo(first.probabilities());
    }

    private static void servesThreadsAlike(String model, FeatureRecipe recipe, int[] shape) throws Exception {
        ModelArchitecture arch = ModelArchitecture.of(model, 4, shape);
        ModelBundle bundle = ModelBundle.of(arch, recipe, FeatureScaler.none(shape),
                List.of("angry", "happy", "neutral", "sad"),
                TrainingMetadata.of(List.of(), "none", Map.of(), 1), arch.build(1));
        EmotionRecognizer r = EmotionRecognizer.of(EmotionRecognizer.load(saved(bundle)).bundle());
        assertThat(r.windowSeconds()).isEqualTo(3.0);

        float[] speech = SmallBundles.speech();
        List<float[]> clips = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            clips.add(Arrays.copyOfRange(speech, 8000 * i, 8000 * i + 40000));
        }
        List<Prediction> expected = new ArrayList<>();
        for (float[] c : clips) {
            expected.add(r.predict(c, 16000));
        }
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Prediction>> futures = new ArrayList<>();
            for (int round = 0; round < 2; round++) {
                for (float[] c : clips) {
                    futures.add(pool.submit(() -> r.predict(c, 16000)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(expected.get(i % clips.size()));
            }
        } finally {
            pool.shutdownNow();
        }
        double sum = expected.get(0).probabilities().values().stream().mapToDouble(Float::doubleValue).sum();
        assertThat(sum).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-6));
    }

    private static java.nio.file.Path saved(ModelBundle b) throws java.io.IOException {
        java.nio.file.Path f = java.nio.file.Files.createTempFile("default", ModelBundle.EXTENSION);
        f.toFile().deleteOnExit();
        b.save(f);
        return f;
    }
}
