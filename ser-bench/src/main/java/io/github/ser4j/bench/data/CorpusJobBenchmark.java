package io.github.ser4j.bench.data;

import io.github.ser4j.bench.dsp.MfccBenchmark;
import io.github.ser4j.cli.SerCommand;
import io.github.ser4j.dsp.audio.Audio;
import io.github.ser4j.dsp.audio.WavWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
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
import picocli.CommandLine;

/**
 * The {@code ser features DIR --sr 16000 --feature mfcc --threads 1} job on a folder of
 * {@value #FILES} generated 16-bit 48 kHz WAVs of 3 s: read and decode each file, resample it
 * to 16 kHz with kaiser_best, compute librosa's default MFCC (20 coefficients, n_fft 2048, hop
 * 512, 128 mels) and write it as {@code .npy}. Reported per file
 * ({@code @OperationsPerInvocation}). librosa 0.9.2 needs at least 57 ms (resampling) +
 * 4.4 ms (MFCC) + decoding per such file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector"})
public class CorpusJobBenchmark {
    static final int FILES = 100;

    @Param({"ser4j", "ser4j-scalar"})
    public String impl;

    private Path root;
    private Path in;
    private Path out;
    private CommandLine cli;

    @Setup(Level.Trial)
    public void setup() throws IOException {
        MfccBenchmark.KernelSwitch.apply(impl);
        root = Files.createTempDirectory("ser4j-corpus-job");
        in = Files.createDirectories(root.resolve("wav"));
        out = root.resolve("npy");
        SplittableRandom rng = new SplittableRandom(11);
        for (int i = 0; i < FILES; i++) {
            float[] y = new float[3 * 48000];
            double f0 = 100 + 150 * rng.nextDouble();
            for (int n = 0; n < y.length; n++) {
                double t = n / 48000.0;
                y[n] = (float) (0.25 * Math.sin(2 * Math.PI * f0 * t) + 0.1 * Math.sin(2 * Math.PI * 5.3 * f0 * t)
                        + 0.02 * (rng.nextDouble() * 2 - 1));
            }
            WavWriter.write(in.resolve(String.format("f%03d.wav", i)), new Audio(y, 48000), WavWriter.Encoding.PCM_16);
        }
        cli = SerCommand.commandLine();
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(new StringWriter()));
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
    public int featuresJob() {
        int code = cli.execute("features", in.toString(), "--sr", "16000", "--feature", "mfcc", "--out",
                out.toString(), "--threads", "1");
        if (code != 0) {
            throw new IllegalStateException("ser features exited with " + code);
        }
        return code;
    }
}
