package io.github.ser4j.model;

import io.github.ser4j.data.features.FeatureArray;
import io.github.ser4j.data.features.FeaturePipeline;
import io.github.ser4j.data.features.FeatureRecipe;
import io.github.ser4j.dsp.audio.Audio;
import io.github.ser4j.model.bundle.BundleFormatException;
import io.github.ser4j.model.bundle.ModelBundle;
import io.github.ser4j.model.bundle.TestTimeAugmentation;
import io.github.ser4j.model.train.Evaluation;
import io.github.ser4j.model.train.FeatureScaler;
import io.github.ser4j.nn.layers.Module;
import io.github.ser4j.nn.tensor.NoGrad;
import io.github.ser4j.nn.tensor.Tensor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Recognises the emotion in speech with a trained {@link ModelBundle}: the embeddable API.
 *
 * <pre>{@code
 * EmotionRecognizer ser = EmotionRecognizer.load(Path.of("emotion.ser4j"));
 * Prediction p = ser.predict(Path.of("hello.wav"));
 * System.out.println(p.label() + " " + p.probabilities());
 * }</pre>
 *
 * <p>Every input goes through exactly the preprocessing the model was trained with: the
 * bundle's {@link FeatureRecipe} (load at its rate, effects, features, pooling), then its
 * {@link FeatureScaler}, then the network in evaluation mode; the softmax of the logits gives
 * the class probabilities. {@link #predict(Path)} applies the recipe's load stage (offset and
 * duration included); {@link #predict(float[], int)} takes samples already in memory,
 * resampling them to the recipe's rate.
 *
 * <p><b>Windows and streams.</b> An utterance model has a fixed input length, the recipe's
 * duration ({@link #windowSeconds()}; 3 s when the recipe does not fix one). Longer audio is
 * analysed in sliding windows of that length with a chosen hop: {@link #predictWindows} over
 * a whole signal, or a {@link StreamingSession} over audio arriving in chunks. A window's
 * prediction is by definition {@link #predict(float[], int)} of that window's samples (the
 * last window may be shorter, and is padded by the recipe like a short file), so a stream and
 * a batch call over the same audio give the same timeline, bit for bit, whatever the chunk sizes.
 *
 * <p><b>Test-time augmentation.</b> A model whose bundle records a
 * {@link TestTimeAugmentation} (the default model does) classifies each input and its
 * speed-changed versions and averages the probabilities, as it was evaluated.
 *
 * <p><b>Threads.</b> One instance may serve {@code predict} calls from many threads at once:
 * the network is only read (evaluation mode, no graph: {@link NoGrad} is per thread), and each
 * call borrows its own {@link FeaturePipeline} (they hold scratch buffers) from a pool.
 */
public final class EmotionRecognizer {
    /** Window length used when the recipe does not fix the input's duration. */
    public static final double DEFAULT_WINDOW_SECONDS = 3.0;
    /** The default hop of sliding-window analysis. */
    public static final double DEFAULT_HOP_SECONDS = 1.0;

    private final ModelBundle bundle;
    private final Module model;
    private final FeatureRecipe recipe;
    private final FeatureScaler scaler;
    private final int[] batchShape;
    private final int inputSize;
    private final List<String> labels;
    private final TestTimeAugmentation tta;
    private final ConcurrentLinkedQueue<FeaturePipeline> pipelines = new ConcurrentLinkedQueue<>();

    private EmotionRecognizer(ModelBundle bundle, Module model) {
        this.bundle = bundle;
        this.model = model;
        this.recipe = bundle.recipe();
        this.scaler = bundle.scaler();
        this.labels = bundle.labels();
        this.tta = TestTimeAugmentation.of(bundle.architecture());
        int[] shape = bundle.architecture().inputShape();
        this.batchShape = new int[shape.length + 1];
        batchShape[0] = 1;
        System.arraycopy(shape, 0, batchShape, 1, shape.length);
        this.inputSize = bundle.architecture().inputSize();
        model.eval();
    }

    /**
     * Loads a bundle file.
     *
     * @throws BundleFormatException naming the file when it is damaged, truncated, foreign, or
     *                               describes a network the zoo does not have
     * @throws IOException           when the file cannot be read
     */
    public static EmotionRecognizer load(Path bundleFile) throws IOException {
        return of(ModelBundle.load(bundleFile));
    }

    /**
     * A recognizer for a bundle in memory (e.g. just trained).
     *
     * @throws BundleFormatException when the weights do not fit the architecture
     */
    public static EmotionRecognizer of(ModelBundle bundle) throws BundleFormatException {
        Objects.requireNonNull(bundle, "bundle");
        try {
            TestTimeAugmentation.of(bundle.architecture());
        } catch (IllegalArgumentException e) {
            throw new BundleFormatException(bundle.source(), BundleFormatException.Problem.MALFORMED, e.getMessage(), e);
        }
        return new EmotionRecognizer(bundle, bundle.createModel());
    }

    /** The bundle. */
    public ModelBundle bundle() {
        return bundle;
    }

    /** The feature recipe every input goes through. */
    public FeatureRecipe recipe() {
        return recipe;
    }

    /** The class names, in output order. */
    public List<String> labels() {
        return labels;
    }

    /** The sample rate features are computed at (inputs at other rates are resampled). */
    public int sampleRate() {
        return recipe.load().sampleRate();
    }

    /** The analysis window: the recipe's fixed duration, or {@link #DEFAULT_WINDOW_SECONDS}. */
    public double windowSeconds() {
        return recipe.effects().fixesLength() ? recipe.effects().fixDurationSeconds() : DEFAULT_WINDOW_SECONDS;
    }

    /**
     * The emotion of a whole audio file, loaded as in training (the recipe's rate, offset and
     * duration).
     *
     * @throws IOException naming the file when it cannot be read or decoded
     */
    public Prediction predict(Path audioFile) throws IOException {
        FeaturePipeline p = borrow();
        try {
            Audio audio = p.load(audioFile);
            double start = recipe.load().offsetSeconds();
            return classify(p, audio, start, start + audio.durationSeconds());
        } finally {
            pipelines.add(p);
        }
    }

    /**
     * The emotion of mono samples at {@code sampleRate} (resampled to the recipe's rate with
     * its resampler), as one window from 0 to their duration.
     *
     * @throws IllegalArgumentException if there are no samples or the rate is not positive
     */
    public Prediction predict(float[] samples, int sampleRate) {
        Objects.requireNonNull(samples, "samples");
        if (sampleRate < 1) {
            throw new IllegalArgumentException("sampleRate must be >= 1 Hz, got " + sampleRate);
        }
        if (samples.length == 0) {
            throw new IllegalArgumentException("no samples to analyse");
        }
        FeaturePipeline p = borrow();
        try {
            return classify(p, new Audio(samples, sampleRate), 0, (double) samples.length / sampleRate);
        } finally {
            pipelines.add(p);
        }
    }

    /**
     * The prediction for features already extracted with this model's recipe (unscaled);
     * the window times are both 0. The features are one view: a model with
     * {@link TestTimeAugmentation} needs the audio for its other views, so use
     * {@link #predict(float[], int)} to get exactly its predictions.
     *
     * @throws IllegalArgumentException when the features' size differs from the model's input
     */
    public Prediction predictFeatures(FeatureArray features) {
        return classify(features, 0, 0);
    }

    /**
     * The emotion timeline of a signal: one prediction per sliding window of
     * {@link #windowSeconds()} every {@code hopSeconds} (see {@link StreamingSession} for the
     * windows), each equal to {@link #predict(float[], int)} of the window's samples.
     */
    public List<Prediction> predictWindows(float[] samples, int sampleRate, double hopSeconds) {
        Objects.requireNonNull(samples, "samples");
        SlidingWindows w = SlidingWindows.of(windowSeconds(), hopSeconds, sampleRate);
        List<Prediction> out = new ArrayList<>();
        for (long[] range : w.plan(samples.length)) {
            out.add(predictWindow(Arrays.copyOfRange(samples, (int) range[0], (int) range[1]), sampleRate, range[0]));
        }
        return out;
    }

    /** A streaming session over audio at {@code sampleRate}, with windows every {@code hopSeconds}. */
    public StreamingSession openStream(int sampleRate, double hopSeconds) {
        return new StreamingSession(this, sampleRate, SlidingWindows.of(windowSeconds(), hopSeconds, sampleRate));
    }

    /** A streaming session at the recipe's rate with a {@link #DEFAULT_HOP_SECONDS} hop. */
    public StreamingSession openStream() {
        return openStream(sampleRate(), DEFAULT_HOP_SECONDS);
    }

    /** {@link #predict(float[], int)} of one window starting at sample {@code start} of the input. */
    Prediction predictWindow(float[] window, int sampleRate, long start) {
        Prediction p = predict(window, sampleRate);
        double t0 = (double) start / sampleRate;
        return p.at(t0, t0 + (double) window.length / sampleRate);
    }

    private FeaturePipeline borrow() {
        FeaturePipeline p = pipelines.poll();
        return p != null ? p : FeaturePipeline.of(recipe);
    }

    /** The audio's views ({@link TestTimeAugmentation}) at the recipe's rate, classified and averaged. */
    private Prediction classify(FeaturePipeline p, Audio audio, double start, double end) {
        if (!tta.enabled()) {
            return classify(p.process(audio), start, end);
        }
        Audio atRate = new Audio(p.conform(audio), recipe.load().sampleRate());
        List<float[]> probs = new ArrayList<>();
        for (Audio view : tta.views(atRate)) {
            probs.add(probabilities(p.process(view)));
        }
        return prediction(TestTimeAugmentation.average(probs), start, end);
    }

    private Prediction classify(FeatureArray features, double start, double end) {
        return prediction(probabilities(features), start, end);
    }

    private Prediction prediction(float[] probs, double start, double end) {
        Map<String, Float> byLabel = new LinkedHashMap<>();
        for (int c = 0; c < probs.length; c++) {
            byLabel.put(labels.get(c), probs[c]);
        }
        return new Prediction(labels.get(Evaluation.argMax(probs)), byLabel, start, end);
    }

    private float[] probabilities(FeatureArray features) {
        float[] x = features.data();
        if (x.length != inputSize) {
            throw new IllegalArgumentException("the recipe '" + recipe.name() + "' gave features of shape "
                    + Arrays.toString(features.shape()) + " (" + x.length + " values), the model takes "
                    + Arrays.toString(bundle.architecture().inputShape()) + " (" + inputSize + " values)");
        }
        float[] scaled = scaler.apply(x);
        float[] probs = new float[labels.size()];
        try (NoGrad scope = NoGrad.enter()) {
            Tensor logits = model.forward(Tensor.of(scaled, batchShape));
            if (logits.numel() != labels.size()) {
                throw new IllegalStateException("the network gives " + logits.numel() + " outputs for "
                        + labels.size() + " classes");
            }
            Evaluation.softmax(logits.data(), 0, labels.size(), probs);
        }
        return probs;
    }

    @Override
    public String toString() {
        return "EmotionRecognizer[" + bundle + "]";
    }
}
