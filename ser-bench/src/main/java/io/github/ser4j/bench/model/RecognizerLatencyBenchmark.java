package io.github.ser4j.bench.model;

import io.github.ser4j.data.features.FeatureRecipe;
import io.github.ser4j.dsp.audio.Audio;
import io.github.ser4j.dsp.audio.WavWriter;
import io.github.ser4j.model.EmotionRecognizer;
import io.github.ser4j.model.Prediction;
import io.github.ser4j.model.bundle.ModelArchitecture;
import io.github.ser4j.model.bundle.ModelBundle;
import io.github.ser4j.model.bundle.TrainingMetadata;
import io.github.ser4j.model.experiment.ZooRecipes;
import io.github.ser4j.model.train.FeatureScaler;
import io.github.ser4j.model.zoo.ModelZoo;
import io.github.ser4j.nn.kernels.Parallelism;
import io.github.ser4j.nn.layers.Module;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Single-utterance latency of the whole recognizer for a 3 s clip, per zoo network: read the
 * WAV file (16-bit, 48 kHz, so the recipe's resampling is included), extract the network's
 * features with its recipe, scale, run the network and return the probabilities — what
 * {@link EmotionRecognizer#predict(Path)} costs an application.
 *
 * <p>The network is untrained (its seeded initial weights): latency does not depend on the
 * values of the weights. Threads are set with {@code threads}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-Xmx4g"})
@State(Scope.Benchmark)
public class RecognizerLatencyBenchmark {
    /** The zoo network, with the feature recipe the zoo pairs with it. */
    @Param({"cnn1d-seed000", "cnn1d-compact-seed001", "resnet18-seed002", "crnn-seed003", "mlp-seed004",
            "crnn-attentive", "ser4j-default"})
    public String model;

    /** Kernel threads. */
    @Param({"1"})
    public int threads;

    private Path dir;
    private Path wav;
    private EmotionRecognizer recognizer;

    /** Writes the clip and builds a bundle of the untrained network with its recipe. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Parallelism.setThreads(threads);
        dir = Files.createTempDirectory("ser4j-latency");
        wav = dir.resolve("clip.wav");
        int sr = 48000;
        float[] x = new float[3 * sr];
        SplittableRandom rnd = new SplittableRandom(5);
        for (int i = 0; i < x.length; i++) {
            double t = i / (double) sr;
            x[i] = (float) (0.3 * Math.sin(2 * Math.PI * (150 + 40 * t) * t) + 0.01 * rnd.nextGaussian());
        }
        WavWriter.write(wav, new Audio(x, sr));

        FeatureRecipe recipe = ZooRecipes.forModel(model);
        int[] shape = ZooRecipes.networkShape(model, recipe);
        List<String> labels = List.of("neutral", "happy", "sad", "angry", "fearful", "disgust", "surprised");
        Module network = ModelZoo.create(model, labels.size(), shape, 42L);
        network.eval();
        ModelBundle bundle = ModelBundle.of(ModelArchitecture.of(model, labels.size(), shape), recipe,
                FeatureScaler.none(shape), labels,
                TrainingMetadata.of(List.of("none"), "none", Map.of(), 42L), network);
        recognizer = EmotionRecognizer.of(bundle);
    }

    /** Removes the clip. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(wav);
        Files.deleteIfExists(dir);
    }

    /** Decode + features + network for one 3 s file. */
    @Benchmark
    public Prediction predictFile() throws IOException {
        return recognizer.predict(wav);
    }
}
