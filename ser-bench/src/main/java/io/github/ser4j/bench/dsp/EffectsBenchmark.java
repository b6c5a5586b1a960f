package io.github.ser4j.bench.dsp;

import io.github.ser4j.dsp.augment.AdditiveNoise;
import io.github.ser4j.dsp.augment.SpeedPerturbation;
import io.github.ser4j.dsp.effects.PitchShift;
import io.github.ser4j.dsp.effects.SilenceTrim;
import io.github.ser4j.dsp.effects.TimeStretch;
import io.github.ser4j.dsp.effects.WienerFilter;
import io.github.ser4j.dsp.resample.ResampleType;
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

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Effects and augmentations on one 3 s clip at 22.05 kHz (a tone with harmonics plus
 * noise), one call per operation, single-threaded. The librosa figures for the same clip
 * length (time_stretch(0.8) 30 ms, pitch_shift(+2) 77 ms, one thread) were measured on the
 * same machine and are listed in the shared Vector API notes; there is no Java reference.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector"})
public class EffectsBenchmark {
    @Param({"time_stretch_0.8", "pitch_shift_+2_kaiser_best", "pitch_shift_+2_kaiser_fast", "speed_1.1",
            "wiener_3", "wiener_29", "trim_top20", "noise_snr20"})
    public String op;

    private static final int SR = 22050;
    private float[] y;

    @Setup
    public void setup() {
        SplittableRandom rnd = new SplittableRandom(42);
        y = new float[3 * SR];
        for (int i = 0; i < y.length; i++) {
            double t = (double) i / SR;
            double v = 0;
            for (int k = 1; k <= 5; k++) {
                v += 0.2 / k * Math.sin(2 * Math.PI * 220 * k * t);
            }
            y[i] = (float) (v + 0.01 * rnd.nextGaussian());
        }
    }

    @Benchmark
    public float[] run() {
        return switch (op) {
            case "time_stretch_0.8" -> TimeStretch.stretch(y, 0.8);
            case "pitch_shift_+2_kaiser_best" -> PitchShift.shift(y, SR, 2);
            case "pitch_shift_+2_kaiser_fast" -> PitchShift.shift(y, SR, 2, 12, ResampleType.KAISER_FAST);
            case "speed_1.1" -> SpeedPerturbation.changeSpeed(y, SR, 1.1, ResampleType.KAISER_FAST);
            case "wiener_3" -> WienerFilter.apply(y);
            case "wiener_29" -> WienerFilter.apply(y, 29);
            case "trim_top20" -> SilenceTrim.trim(y, 20).samples();
            case "noise_snr20" -> AdditiveNoise.addAtSnr(y, 20, new SplittableRandom(1));
            default -> throw new IllegalArgumentException("unknown op " + op);
        };
    }
}
