package io.github.ser4j.bench.dsp;

import io.github.ser4j.dsp.fft.RealFft;
import org.jtransforms.fft.FloatFFT_1D;
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
 * The FFT part of an STFT: {@code frames} Hann-windowed frames of {@code n} samples, hop
 * {@code n/4} (librosa's default), each to its power spectrum {@code |X[k]|^2},
 * {@code k <= n/2}, written frame-major. 130 frames of n = 2048 is a 3 s clip at 22.05 kHz.
 * {@code ser4j}/{@code ser4j-scalar}: {@link RealFft#powerSpectrumBatch}; {@code jtransforms}:
 * window into a buffer, {@code realForward}, power from its packed layout.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector"})
public class StftFramesBenchmark {
    @Param({"ser4j", "ser4j-scalar", "jtransforms"})
    public String impl;

    @Param({"512", "1024", "2048"})
    public int n;

    @Param({"130"})
    public int frames;

    private int hop;
    private int bins;
    private float[] signal;
    private float[] window;
    private float[] power;
    private float[] buffer;
    private RealFft fft;
    private FloatFFT_1D jt;

    @Setup
    public void setup() {
        SplittableRandom rnd = new SplittableRandom(42);
        hop = n / 4;
        bins = n / 2 + 1;
        signal = new float[(frames - 1) * hop + n];
        for (int i = 0; i < signal.length; i++) {
            signal[i] = (float) rnd.nextDouble(-1, 1);
        }
        window = new float[n];
        for (int i = 0; i < n; i++) {
            window[i] = (float) (0.5 - 0.5 * Math.cos(2 * Math.PI * i / n)); // periodic Hann
        }
        power = new float[frames * bins];
        buffer = new float[n];
        switch (impl) {
            case "ser4j" -> fft = RealFft.of(n, true);
            case "ser4j-scalar" -> fft = RealFft.of(n, false);
            case "jtransforms" -> jt = new FloatFFT_1D(n);
            default -> throw new IllegalArgumentException("impl " + impl);
        }
    }

    @Benchmark
    public float[] powerSpectra() {
        if (jt == null) {
            fft.powerSpectrumBatch(signal, 0, hop, frames, window, power, bins);
            return power;
        }
        for (int f = 0; f < frames; f++) {
            int off = f * hop;
            for (int t = 0; t < n; t++) {
                buffer[t] = signal[off + t] * window[t];
            }
            jt.realForward(buffer);
            // packed: a[0] = Re X0, a[1] = Re X(n/2), a[2k] = Re Xk, a[2k+1] = Im Xk
            int o = f * bins;
            power[o] = buffer[0] * buffer[0];
            power[o + n / 2] = buffer[1] * buffer[1];
            for (int k = 1; k < n / 2; k++) {
                float r = buffer[2 * k];
                float i = buffer[2 * k + 1];
                power[o + k] = r * r + i * i;
            }
        }
        return power;
    }
}
