package io.github.ser4j.bench.nn;

import io.github.ser4j.nn.kernels.Gemm;
import io.github.ser4j.nn.kernels.Im2col;
import io.github.ser4j.nn.kernels.Parallelism;
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
 * One sample of a 1-D convolution, {@code padding='same'}, as im2col + GEMM: the Vector API
 * GEMM ({@code ser4j}) against the scalar twin ({@code ser4j-scalar}). Shapes
 * {@code cin x cout x length}, kernel 5: {@code 1x256x880} is seed 000's first layer (depth
 * 5: thin GEMM), {@code 256x512x440} its second block, {@code 8x16x50} the compact seed 001.
 * GFLOP/s = {@code 2 * cout * length * cin * 5 * ops/s / 1e9}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector"})
public class Conv1dBenchmark {
    @Param({"ser4j", "ser4j-scalar"})
    public String impl;

    @Param({"1x256x880", "256x512x440", "8x16x50"})
    public String shape;

    @Param({"1"})
    public int threads;

    private static final int K = 5;
    private int cin;
    private int cout;
    private int length;
    private float[] x;
    private float[] w;
    private float[] col;
    private float[] y;

    @Setup(Level.Trial)
    public void setUp() {
        String[] p = shape.split("x");
        cin = Integer.parseInt(p[0]);
        cout = Integer.parseInt(p[1]);
        length = Integer.parseInt(p[2]);
        SplittableRandom rnd = new SplittableRandom(3);
        x = new float[cin * length];
        w = new float[cout * cin * K];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) rnd.nextDouble(-1, 1);
        }
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) rnd.nextDouble(-1, 1);
        }
        col = new float[cin * K * length];
        y = new float[cout * length];
        Parallelism.setThreads(threads);
        Simd.setEnabled("ser4j".equals(impl));
        System.out.printf("%n  [conv1d] %s: %.3f GFLOP per call%n", shape, 2.0 * cout * length * cin * K * 1e-9);
    }

    @Benchmark
    public float[] forward() {
        Im2col.im2col1d(x, 0, cin, length, K, 1, K / 2, 1, length, col, 0);
        Gemm.sgemm(false, false, cout, length, cin * K, 1f, w, 0, cin * K, col, 0, length, 0f, y, 0, length);
        return y;
    }
}
