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
import org.openjdk.jmh.infra.Blackhole;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * One real forward FFT of {@code n} samples, single thread: ser4j's {@link RealFft} with the
 * Vector API kernels ({@code ser4j}), with the scalar twins ({@code ser4j-scalar}), and
 * JTransforms' {@code FloatFFT_1D.realForward} ({@code jtransforms}, in place, so the input is
 * copied into its buffer first; the copy is a few percent of its time).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector"})
public class FftBenchmark {
    @Param({"ser4j", "ser4j-scalar", "jtransforms"})
    public String impl;

    @Param({"512", "1024", "2048"})
    public int n;

    private float[] signal;
    private float[] re;
    private float[] im;
    private float[] packed;
    private RealFft fft;
    private FloatFFT_1D jt;

    @Setup
    public void setup() {
        SplittableRandom rnd = new SplittableRandom(42);
        signal = new float[n];
        for (int i = 0; i < n; i++) {
            signal[i] = (float) rnd.nextDouble(-1, 1);
        }
        re = new float[n / 2 + 1];
        im = new float[n / 2 + 1];
        packed = new float[n];
        switch (impl) {
            case "ser4j" -> fft = RealFft.of(n, true);
            case "ser4j-scalar" -> fft = RealFft.of(n, false);
            case "jtransforms" -> jt = new FloatFFT_1D(n);
            default -> throw new IllegalArgumentException("impl " + impl);
        }
    }

    @Benchmark
    public void realForward(Blackhole bh) {
        if (jt != null) {
            System.arraycopy(signal, 0, packed, 0, n);
            jt.realForward(packed);
            bh.consume(packed);
        } else {
            fft.forward(signal, 0, re, im);
            bh.consume(re);
            bh.consume(im);
        }
    }
}
