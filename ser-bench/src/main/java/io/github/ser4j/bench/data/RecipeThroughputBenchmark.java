package io.github.ser4j.bench.data;

import io.github.ser4j.data.corpus.CorpusId;
import io.github.ser4j.data.corpus.Gender;
import io.github.ser4j.data.corpus.Intensity;
import io.github.ser4j.data.corpus.Utterance;
import io.github.ser4j.data.corpus.VocalChannel;
import io.github.ser4j.data.emotion.Emotion;
import io.github.ser4j.data.features.FeatureExtractor;
import io.github.ser4j.data.features.FeatureRecipe;
import io.github.ser4j.data.features.FeatureSet;
import io.github.ser4j.dsp.audio.Audio;
import io.github.ser4j.dsp.audio.WavWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Utterances per second of a seed recipe over {@value #FILES} generated EMO-DB-like files
 * (16-bit, 16 kHz, 2.5 s), extracted by {@link FeatureExtractor} without a cache on
 * {@code threads} threads. {@code seed000}: resample to 8025 Hz, ZCR + RMS + MFCC(20) stacked
 * into 880 values; {@code seed003}: resample to 44.1 kHz, trim, Wiener, 3 s, 128-band log-mel.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector"})
public class RecipeThroughputBenchmark {
    static final int FILES = 16;

    @Param({"seed000", "seed003"})
    public String recipe;

    @Param({"1", "2"})
    public int threads;

    private Path root;
    private List<Utterance> utterances;
    private FeatureExtractor extractor;

    @Setup(Level.Trial)
    public void setup() throws IOException {
        root = Files.createTempDirectory("ser4j-recipe-throughput");
        SplittableRandom rng = new SplittableRandom(5);
        utterances = new ArrayList<>();
        for (int i = 0; i < FILES; i++) {
            float[] y = new float[(int) (2.5 * 16000)];
            double f0 = 100 + 150 * rng.nextDouble();
            for (int n = 0; n < y.length; n++) {
                double t = n / 16000.0;
                double env = n < 3200 || n > y.length - 3200 ? 0.01 : 1.0; // quiet edges for the trim
                y[n] = (float) (env * (0.25 * Math.sin(2 * Math.PI * f0 * t) + 0.1 * Math.sin(2 * Math.PI * 4.1 * f0 * t))
                        + 0.005 * (rng.nextDouble() * 2 - 1));
            }
            Path p = root.resolve(String.format("03a%02dNa.wav", i));
            WavWriter.write(p, new Audio(y, 16000), WavWriter.Encoding.PCM_16);
            utterances.add(new Utterance(p, CorpusId.EMODB, Emotion.NEUTRAL, "emodb:03", Gender.MALE, "de",
                    Intensity.UNSPECIFIED, "a" + i, "a", VocalChannel.SPEECH));
        }
        FeatureRecipe r = switch (recipe) {
            case "seed000" -> FeatureRecipe.seed000();
            case "seed003" -> FeatureRecipe.seed003();
            default -> throw new IllegalArgumentException("recipe " + recipe);
        };
        extractor = FeatureExtractor.builder(r).threads(threads).build();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(FILES)
    public FeatureSet extract() {
        FeatureSet s = extractor.extract(utterances);
        if (!s.failures().isEmpty()) {
            throw new IllegalStateException("extraction failed: " + s.failures());
        }
        return s;
    }
}
