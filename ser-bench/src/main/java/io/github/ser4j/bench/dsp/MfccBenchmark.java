package io.github.ser4j.bench.dsp;

import io.github.ser4j.dsp.features.Mfcc;
import io.github.ser4j.dsp.features.MfccConfig;
import io.github.ser4j.dsp.features.MelSpectrogramConfig;
import io.github.ser4j.dsp.kernels.Simd;
import io.github.ser4j.dsp.spectral.DbConfig;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Full MFCC of a 3 s clip at 22.05 kHz: {@code librosa.feature.mfcc(y, sr=22050, n_mfcc=40,
 * n_fft=2048, hop_length=512, n_mels=128)} — STFT, mel filterbank, {@code power_to_db}, DCT-II
 * — 130 frames. librosa 0.9.2 takes 4.4 ms for this call; the target is 10 times less.
 *
 * <p>{@code ser4j}: the library as configured by default (Vector API kernels where available);
 * {@code ser4j-scalar}: the same with {@code -Dser4j.simd=false}. The kernels are chosen once
 * per JVM, and JMH runs every parameter combination in its own forked JVM, so the setup sets
 * the property before any ser4j class is loaded (and checks that it took effect): this
 * benchmark must run forked ({@code -f 1} or more).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector"})
public class MfccBenchmark {
    @Param({"ser4j", "ser4j-scalar"})
    public String impl;

    private float[] y;
    private Mfcc mfcc;

    @Setup
    public void setup() {
        KernelSwitch.apply(impl);
        y = clip(22050, 3.0, 7);
        MfccConfig cfg = new MfccConfig(MelSpectrogramConfig.of(22050, 2048, 512, 128), DbConfig.power(), 40, 0.0);
        mfcc = Mfcc.of(cfg);
    }

    @Benchmark
    public float[][] mfcc() {
        return mfcc.compute(y);
    }

    /** A 3 s speech-band test signal: two harmonic tones and noise. */
    static float[] clip(int sampleRate, double seconds, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        float[] y = new float[(int) (sampleRate * seconds)];
        for (int i = 0; i < y.length; i++) {
            double t = i / (double) sampleRate;
            y[i] = (float) (0.3 * Math.sin(2 * Math.PI * 180 * t) + 0.2 * Math.sin(2 * Math.PI * 1230 * t)
                    + 0.05 * (rng.nextDouble() * 2 - 1));
        }
        return y;
    }

    /** Selects the kernels of this forked JVM from the {@code impl} parameter. */
    public static final class KernelSwitch {
        private KernelSwitch() {
        }

        /**
         * Sets {@code ser4j.simd} for {@code ser4j-scalar} before the kernels are chosen, and
         * fails if the choice did not follow (the JVM was not forked, or ser4j was loaded before).
         */
        public static void apply(String impl) {
            boolean scalar = switch (impl) {
                case "ser4j" -> false;
                case "ser4j-scalar" -> true;
                default -> throw new IllegalArgumentException("impl must be ser4j or ser4j-scalar, got " + impl);
            };
            if (scalar) {
                System.setProperty(Simd.PROPERTY, "false");
            }
            if (scalar ? Simd.enabled() : Simd.available() && !Simd.enabled()) {
                throw new IllegalStateException("impl=" + impl + " but Simd.enabled()=" + Simd.enabled()
                        + ": run forked (-f 1), one JVM per parameter");
            }
        }
    }
}
