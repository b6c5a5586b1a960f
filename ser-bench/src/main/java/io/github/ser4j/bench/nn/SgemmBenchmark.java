package io.github.ser4j.bench.nn;

import io.github.ser4j.nn.kernels.Gemm;
import io.github.ser4j.nn.kernels.Parallelism;
import io.github.ser4j.nn.kernels.Simd;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_FDRM;
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
import org.openjdk.jmh.annotations.TearDown;

/**
 * Square single-precision matrix multiply {@code C = A B}, {@code n x n}: ser4j's packed
 * Vector API GEMM ({@code ser4j}), its scalar twin ({@code ser4j-scalar}: the triple loop,
 * forced with {@link Simd#setEnabled(boolean)}), and EJML's {@code CommonOps_FDRM.mult}.
 *
 * <p>JMH reports operations (products) per second; GFLOP/s = {@code 2 n^3 * ops/s / 1e9}.
 * The tear-down prints that figure for each trial, so the table can be read off the log.
 * {@code threads} sets {@link Parallelism#setThreads(int)} (EJML is single-threaded in
 * {@code CommonOps_FDRM}); run with {@code -p threads=1,2} to measure scaling.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector"})
public class SgemmBenchmark {
    @Param({"ser4j", "ser4j-scalar", "ejml"})
    public String impl;

    @Param({"128", "256", "512", "1024"})
    public int n;

    @Param({"1"})
    public int threads;

    private float[] a;
    private float[] b;
    private float[] c;
    private FMatrixRMaj ma;
    private FMatrixRMaj mb;
    private FMatrixRMaj mc;
    private long calls;
    private long startNanos;

    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom rnd = new SplittableRandom(1);
        a = new float[n * n];
        b = new float[n * n];
        c = new float[n * n];
        for (int i = 0; i < n * n; i++) {
            a[i] = (float) rnd.nextDouble(-1, 1);
            b[i] = (float) rnd.nextDouble(-1, 1);
        }
        ma = new FMatrixRMaj(n, n, true, a);
        mb = new FMatrixRMaj(n, n, true, b);
        mc = new FMatrixRMaj(n, n);
        Parallelism.setThreads(threads);
        Simd.setEnabled(!"ser4j-scalar".equals(impl));
        if (!"ejml".equals(impl) && !"ser4j".equals(impl) && !"ser4j-scalar".equals(impl)) {
            throw new IllegalArgumentException("unknown impl " + impl);
        }
    }

    @Setup(Level.Iteration)
    public void startIteration() {
        calls = 0;
        startNanos = System.nanoTime();
    }

    @TearDown(Level.Iteration)
    public void reportIteration() {
        double seconds = (System.nanoTime() - startNanos) * 1e-9;
        double gflops = 2.0 * n * n * n * calls / seconds * 1e-9;
        System.out.printf("%n  [sgemm] impl=%s n=%d threads=%d: %.1f GFLOP/s%n", impl, n, threads, gflops);
    }

    @Benchmark
    public Object multiply() {
        calls++;
        if ("ejml".equals(impl)) {
            CommonOps_FDRM.mult(ma, mb, mc);
            return mc;
        }
        Gemm.sgemm(false, false, n, n, n, 1f, a, 0, n, b, 0, n, 0f, c, 0, n);
        return c;
    }
}
