package io.github.ser4j.bench.nn;

import io.github.ser4j.nn.kernels.Parallelism;
import io.github.ser4j.nn.kernels.Simd;
import io.github.ser4j.nn.layers.Linear;
import io.github.ser4j.nn.ops.SoftmaxCrossEntropy;
import io.github.ser4j.nn.optim.Adam;
import io.github.ser4j.nn.optim.AdamConfig;
import io.github.ser4j.nn.recurrent.Lstm;
import io.github.ser4j.nn.recurrent.RecurrentConfig;
import io.github.ser4j.nn.recurrent.RecurrentOutput;
import io.github.ser4j.nn.tensor.NoGrad;
import io.github.ser4j.nn.tensor.Tensor;
import java.util.LinkedHashMap;
import java.util.Map;
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
import org.openjdk.jmh.annotations.TearDown;

/**
 * The 2-layer LSTM network of the ser-nn goldens README: input {@code [B, 100, 40]},
 * LSTM(40 to 128) x 2 layers, last step, Linear(128 to 7). {@code mode=train} is forward,
 * cross-entropy, backward and an Adam step on a batch of 32; {@code inference} is a forward
 * pass of 32 samples without gradient recording; {@code latency} is one sample.
 * {@code ser4j-scalar} forces the scalar kernels ({@link Simd#setEnabled(boolean)}).
 *
 * <p>JMH reports calls per second; the tear-down prints samples per second (calls times the
 * batch) and milliseconds per call, the units of the PyTorch table in the goldens README
 * (PyTorch 1.13 CPU: train 263 samples/s, inference 772 samples/s, latency 13.3 ms on one
 * thread).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector"})
public class LstmBenchmark {
    @Param({"ser4j", "ser4j-scalar"})
    public String impl;

    @Param({"train", "inference", "latency"})
    public String mode;

    @Param({"1"})
    public int threads;

    private Lstm lstm;
    private Linear head;
    private Adam adam;
    private Tensor x;
    private int[] targets;
    private int batch;
    private long calls;
    private long startNanos;

    @Setup(Level.Trial)
    public void setUp() {
        if (!"ser4j".equals(impl) && !"ser4j-scalar".equals(impl)) {
            throw new IllegalArgumentException("unknown impl " + impl);
        }
        Simd.setEnabled("ser4j".equals(impl));
        Parallelism.setThreads(threads);
        SplittableRandom rng = new SplittableRandom(1);
        lstm = new Lstm(RecurrentConfig.of(40, 128).withLayers(2).withOutput(RecurrentOutput.LAST_STEP), rng);
        head = new Linear(128, 7, rng);
        Map<String, Tensor> params = new LinkedHashMap<>();
        lstm.namedParameters().forEach((k, v) -> params.put("lstm." + k, v));
        head.namedParameters().forEach((k, v) -> params.put("head." + k, v));
        adam = new Adam(params, AdamConfig.of(1e-3));
        batch = "latency".equals(mode) ? 1 : 32;
        x = Tensor.randn(rng, batch, 100, 40);
        targets = new int[batch];
        for (int i = 0; i < batch; i++) {
            targets[i] = rng.nextInt(7);
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
        System.out.printf("%n  [lstm] impl=%s mode=%s threads=%d: %.1f samples/s, %.2f ms/call%n", impl, mode,
                threads, calls * batch / seconds, seconds * 1e3 / calls);
    }

    @Benchmark
    public Object step() {
        calls++;
        if ("train".equals(mode)) {
            adam.zeroGrad();
            Tensor loss = SoftmaxCrossEntropy.apply(head.forward(lstm.forward(x)), targets, null, 0f);
            loss.backward();
            adam.step();
            return loss;
        }
        try (NoGrad scope = NoGrad.enter()) {
            return head.forward(lstm.forward(x));
        }
    }
}
