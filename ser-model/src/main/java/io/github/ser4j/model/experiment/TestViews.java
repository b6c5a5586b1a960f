package io.github.ser4j.model.experiment;

import io.github.ser4j.data.corpus.Utterance;
import io.github.ser4j.data.features.FeaturePipeline;
import io.github.ser4j.data.features.FeatureRecipe;
import io.github.ser4j.data.features.FeatureSet;
import io.github.ser4j.data.prep.LabelEncoder;
import io.github.ser4j.dsp.audio.Audio;
import io.github.ser4j.model.bundle.TestTimeAugmentation;
import io.github.ser4j.model.train.Evaluation;
import io.github.ser4j.model.train.FeatureDataset;
import io.github.ser4j.model.train.FeatureScaler;
import io.github.ser4j.nn.layers.Module;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Scoring with test-time augmentation: the features of the speed-changed versions of test
 * utterances, and the evaluation that averages the model's probabilities over the original
 * and those versions. Test utterances are never trained on; their versions are what the
 * model's own inference computes ({@link TestTimeAugmentation}), made here in bulk.
 */
final class TestViews {
    private TestViews() {
    }

    /**
     * Evaluates {@code model} on {@code originals} (unscaled features of test utterances), with
     * the views of {@code tta} when it is enabled.
     */
    static Evaluation evaluate(Module model, FeatureScaler scaler, List<FeatureSet.Entry> originals,
                               LabelEncoder encoder, int[] shape, FeatureRecipe recipe, TestTimeAugmentation tta,
                               int batchSize, List<String> labels, int threads) {
        FeatureDataset test = Experiment.dataset(originals, encoder, shape);
        Evaluation plain = Evaluation.of(model, scaler.apply(test), batchSize, labels);
        if (!tta.enabled()) {
            return plain;
        }
        List<Evaluation> views = new ArrayList<>();
        views.add(plain);
        for (List<FeatureSet.Entry> view : viewFeatures(originals, recipe, tta, threads)) {
            views.add(Evaluation.of(model, scaler.apply(Experiment.dataset(view, encoder, shape)), batchSize, labels));
        }
        return Evaluation.averaged(views, test.labels(), labels);
    }

    /**
     * For each speed of {@code tta}, the features of every entry's utterance at that speed, in
     * the entries' order: load with the recipe, change the speed, effects, features, pooling.
     *
     * @throws ExperimentException naming the file if one cannot be read again
     */
    static List<List<FeatureSet.Entry>> viewFeatures(List<FeatureSet.Entry> originals, FeatureRecipe recipe,
                                                     TestTimeAugmentation tta, int threads) {
        int n = originals.size();
        int speeds = tta.speeds().size();
        FeatureSet.Entry[][] out = new FeatureSet.Entry[speeds][n];
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, n)));
        try {
            List<Future<?>> jobs = new ArrayList<>();
            int chunks = Math.max(1, Math.min(threads, n));
            for (int c = 0; c < chunks; c++) {
                int first = c;
                jobs.add(pool.submit(() -> {
                    FeaturePipeline p = FeaturePipeline.of(recipe);
                    for (int i = first; i < n; i += chunks) {
                        Utterance u = originals.get(i).source();
                        Audio audio;
                        try {
                            audio = p.load(u.path());
                        } catch (IOException e) {
                            throw new ExperimentException("cannot read " + u.path() + " again for test-time views: "
                                    + e.getMessage(), e);
                        }
                        List<Audio> v = tta.views(audio);
                        for (int s = 0; s < speeds; s++) {
                            out[s][i] = new FeatureSet.Entry(u, 0, p.process(v.get(s + 1)));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : jobs) {
                f.get();
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new ExperimentException("test-time views failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExperimentException("interrupted while computing test-time views", e);
        } finally {
            pool.shutdownNow();
        }
        List<List<FeatureSet.Entry>> result = new ArrayList<>();
        for (FeatureSet.Entry[] view : out) {
            result.add(List.of(view));
        }
        return result;
    }
}
