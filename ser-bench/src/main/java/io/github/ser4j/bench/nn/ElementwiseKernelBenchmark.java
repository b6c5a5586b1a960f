package io.github.ser4j.bench.nn;

import io.github.ser4j.nn.kernels.ActivationKernels;
import io.github.ser4j.nn.kernels.BatchNormKernels;
import io.github.ser4j.nn.kernels.LstmCell;
import io.github.ser4j.nn.kernels.SoftmaxKernels;
import io.github.ser4j.nn.kernels.Simd;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The non-GEMM kernels, Vector API twin ({@code ser4j}) against the scalar twin
 * ({@code ser4j-scalar}), on 65,536 floats (L2-resident) or the shapes named:
 * {@code sigmoid}, {@code tanh}, {@code reluForward} (scalar only: both impls run the same
 * loop, the control), {@code reluBackward}, {@code softmax} (rows of 1024),
 * {@code lstmForward} / {@code lstmBackward} (batch 32, hidden 512),
 * {@code bnStatistics} / {@code bnBackward} ({@code [16, 64, 64]}). Score: calls per
 * microsecond; elements per ns = score * 65536 / 1000.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector"})
public class ElementwiseKernelBenchmark {
    @Param({"ser4j", "ser4j-scalar"})
    public String impl;

    @Param({"sigmoid", "tanh", "reluForward", "reluBackward", "softmax", "lstmForward", "lstmBackward",
            "bnStatistics", "bnBackward"})
    public String kernel;

    private static final int N = 65_536;
    private static final int BATCH = 32;
    private static final int HIDDEN = 512;
    private float[] x;
    private float[] g;
    private float[] y;
    private float[] gates;
    private float[] cPrev;
    private float[] c;
    private float[] h;
    private float[] dPre;
    private float[] dcPrev;
    private final float[] mean = new float[64];
    private final float[] var = new float[64];
    private final float[] invStd = new float[64];
    private final float[] gamma = new float[64];
    private final float[] gGamma = new float[64];
    private final float[] gBeta = new float[64];

    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom rnd = new SplittableRandom(9);
        x = new float[N];
        g = new float[N];
        y = new float[N];
        for (int i = 0; i < N; i++) {
            x[i] = (float) rnd.nextDouble(-4, 4);
            g[i] = (float) rnd.nextDouble(-1, 1);
        }
        gates = new float[4 * BATCH * HIDDEN];
        dPre = new float[4 * BATCH * HIDDEN];
        cPrev = new float[BATCH * HIDDEN];
        c = new float[BATCH * HIDDEN];
        h = new float[BATCH * HIDDEN];
        dcPrev = new float[BATCH * HIDDEN];
        for (int i = 0; i < cPrev.length; i++) {
            cPrev[i] = (float) rnd.nextDouble(-1, 1);
        }
        java.util.Arrays.fill(invStd, 1.2f);
        java.util.Arrays.fill(gamma, 0.9f);
        Simd.setEnabled("ser4j".equals(impl));
    }

    @Benchmark
    public Object run() {
        switch (kernel) {
            case "sigmoid" -> ActivationKernels.sigmoidForward(x, y, 0, N);
            case "tanh" -> ActivationKernels.tanhForward(x, y, 0, N);
            case "reluForward" -> ActivationKernels.reluForward(x, y, 0, N);
            case "reluBackward" -> ActivationKernels.reluBackward(x, g, y, 0, N);
            case "softmax" -> {
                for (int r = 0; r < N / 1024; r++) {
                    SoftmaxKernels.softmax(x, y, r * 1024, 1024, 1);
                }
            }
            case "lstmForward" -> LstmCell.forward(BATCH, HIDDEN, x, 0, cPrev, 0, gates, 0, c, 0, h, 0);
            case "lstmBackward" -> LstmCell.backward(BATCH, HIDDEN, gates, 0, cPrev, 0, c, 0, g, 0, g, 0,
                    dPre, 0, dcPrev, 0);
            case "bnStatistics" -> BatchNormKernels.statistics(x, 16, 64, 64, mean, var);
            case "bnBackward" -> BatchNormKernels.backward(x, g, 16, 64, 64, mean, invStd, gamma, true,
                    y, gGamma, gBeta);
            default -> throw new IllegalArgumentException("unknown kernel " + kernel);
        }
        return y;
    }
}
