package io.github.ser4j.bench.dsp;

import io.github.ser4j.dsp.resample.ResampleType;
import io.github.ser4j.dsp.resample.Resampler;
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
 * Resampling a 3 s clip with kaiser_best, single-threaded: ser4j's phase bank with the SIMD
 * dot kernel ("ser4j"), the same with the scalar kernel ("ser4j-scalar"), and the literal
 * bit-exact resampy loop ("resampy-exact", the algorithm librosa runs through numba).
 * Reference: librosa 0.9.2 / resampy 0.4.2 take 57 ms for 48 kHz -> 16 kHz on this machine
 * kind (VECTOR-API-NOTES.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ResampleBenchmark {
    @Param({"ser4j", "ser4j-scalar", "resampy-exact"})
    public String impl;

    @Param({"48000-16000", "44100-22050"})
    public String rates;

    private float[] clip;
    private int orig;
    private int target;
    private Resampler resampler;

    @Setup
    public void setUp() {
        String[] r = rates.split("-");
        orig = Integer.parseInt(r[0]);
        target = Integer.parseInt(r[1]);
        SplittableRandom rnd = new SplittableRandom(42);
        clip = new float[3 * orig];
        for (int i = 0; i < clip.length; i++) {
            clip[i] = (float) (0.3 * Math.sin(2 * Math.PI * 220 * i / orig) + 0.05 * rnd.nextDouble(-1, 1));
        }
        resampler = switch (impl) {
            case "ser4j" -> Resampler.standard();
            case "ser4j-scalar" -> Resampler.scalar();
            case "resampy-exact" -> Resampler.resampyExact();
            default -> throw new IllegalArgumentException("impl " + impl);
        };
        resampler.resample(clip, orig, target, ResampleType.KAISER_BEST); // build the cached plan
    }

    /** One 3 s clip resampled with kaiser_best. */
    @Benchmark
    public float[] kaiserBest() {
        return resampler.resample(clip, orig, target, ResampleType.KAISER_BEST);
    }
}
