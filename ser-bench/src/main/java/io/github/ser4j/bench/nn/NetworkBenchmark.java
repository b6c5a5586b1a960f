package io.github.ser4j.bench.nn;

import io.github.ser4j.model.train.MemberEnsemble;
import io.github.ser4j.model.zoo.ModelZoo;
import io.github.ser4j.nn.kernels.Parallelism;
import io.github.ser4j.nn.layers.CrossEntropyLoss;
import io.github.ser4j.nn.layers.Linear;
import io.github.ser4j.nn.layers.Module;
import io.github.ser4j.nn.optim.Adam;
import io.github.ser4j.nn.optim.AdamConfig;
import io.github.ser4j.nn.recurrent.Lstm;
import io.github.ser4j.nn.recurrent.RecurrentConfig;
import io.github.ser4j.nn.recurrent.RecurrentOutput;
import io.github.ser4j.nn.tensor.NoGrad;
import io.github.ser4j.nn.tensor.Tensor;
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

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Whole networks on the shapes of the PyTorch table in the ser-nn goldens README:
 * <ul>
 *   <li>{@code cnn1d-seed000}: seed 000's deep CNN1D, batch 64 of {@code [1, 880]}, 7 classes;</li>
 *   <li>{@code cnn1d-compact-seed001}: seed 001's compact CNN1D, batch 32 of {@code [1, 50]}, 7 classes;</li>
 *   <li>{@code crnn-seed003}: seed 003's CRNN, batch 16 of {@code [1, 128, 259]}, 8 classes;</li>
 *   <li>{@code lstm2}: LSTM(40 → 128) × 2 layers, last step, Linear 7, batch 32 of {@code [100, 40]};</li>
 *   <li>{@code crnn-attentive}: the attentive CRNN, batch 32 of {@code [1, 64, 188]}, 7 classes;</li>
 *   <li>{@code resnet18-seed002}: seed 002's ResNet-18, batch 32 of {@code [1, 128, 129]} (its recipe's
 *       log-mel), 7 classes;</li>
 *   <li>{@code mlp-seed004}: seed 004's MLP, batch 32 of {@code [160]} (40 MFCC statistics), 7 classes;</li>
 *   <li>{@code ser4j-default}: the default functionals ensemble (5 MLPs), batch 32 of {@code [706]},
 *       7 classes (training sums the members' losses, as the trainer does).</li>
 * </ul>
 * {@code mode=train}: forward, cross-entropy, backward and an Adam step on the full batch,
 * in training mode; {@code inference}: a forward pass of the full batch in evaluation mode
 * without gradient recording; {@code latency}: the same for one sample. The score is
 * milliseconds per call; samples per second are {@code batch * 1000 / score} (the tear-down
 * prints both), the units of the PyTorch table.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "-Xmx6g"})
public class NetworkBenchmark {
    /** Which network (see the class comment). */
    @Param({"cnn1d-compact-seed001", "lstm2", "cnn1d-seed000", "crnn-seed003", "crnn-attentive", "resnet18-seed002",
        "mlp-seed004", "ser4j-default"})
    public String network;

    /** {@code train}, {@code inference} or {@code latency}. */
    @Param({"train", "inference", "latency"})
    public String mode;

    /** Kernel threads ({@link Parallelism#setThreads(int)}). */
    @Param({"1", "2"})
    public int threads;

    private Module model;
    private Adam adam;
    private Tensor x;
    private int[] targets;
    private int batch;
    private final CrossEntropyLoss loss = new CrossEntropyLoss();
    private long calls;
    private long startNanos;

    /** The benchmark's 2-layer LSTM classifier. */
    static final class StackedLstm extends Module {
        private final Lstm lstm;
        private final Linear head;

        StackedLstm(SplittableRandom rng) {
            lstm = registerModule("lstm", new Lstm(RecurrentConfig.of(40, 128).withLayers(2)
                    .withOutput(RecurrentOutput.LAST_STEP), rng));
            head = registerModule("head", new Linear(128, 7, rng));
        }

        @Override
        public Tensor forward(Tensor input) {
            return head.forward(lstm.forward(input));
        }
    }

    /** Builds the network, its optimizer and a fixed random batch; sets the thread count and the mode. */
    @Setup(Level.Trial)
    public void setUp() {
        Parallelism.setThreads(threads);
        SplittableRandom rng = new SplittableRandom(1);
        int[] example;
        int classes;
        int fullBatch;
        switch (network) {
            case "cnn1d-seed000" -> {
                example = new int[] {1, 880};
                classes = 7;
                fullBatch = 64;
            }
            case "cnn1d-compact-seed001" -> {
                example = new int[] {1, 50};
                classes = 7;
                fullBatch = 32;
            }
            case "crnn-seed003" -> {
                example = new int[] {1, 128, 259};
                classes = 8;
                fullBatch = 16;
            }
            case "crnn-attentive" -> {
                example = new int[] {1, 64, 188};
                classes = 7;
                fullBatch = 32;
            }
            case "resnet18-seed002" -> {
                example = new int[] {1, 128, 129};
                classes = 7;
                fullBatch = 32;
            }
            case "mlp-seed004" -> {
                example = new int[] {160};
                classes = 7;
                fullBatch = 32;
            }
            case "ser4j-default" -> {
                example = new int[] {706};
                classes = 7;
                fullBatch = 32;
            }
            case "lstm2" -> {
                example = new int[] {100, 40};
                classes = 7;
                fullBatch = 32;
            }
            default -> throw new IllegalArgumentException("unknown network " + network);
        }
        model = "lstm2".equals(network) ? new StackedLstm(rng) : ModelZoo.create(network, classes, example, rng);
        adam = new Adam(model.namedParameters(), AdamConfig.of(1e-4));
        batch = "latency".equals(mode) ? 1 : fullBatch;
        int[] shape = new int[example.length + 1];
        shape[0] = batch;
        System.arraycopy(example, 0, shape, 1, example.length);
        x = Tensor.randn(rng, shape);
        targets = new int[batch];
        for (int i = 0; i < batch; i++) {
            targets[i] = rng.nextInt(classes);
        }
        if ("train".equals(mode)) {
            model.train();
        } else {
            model.eval();
        }
    }

    /** Starts counting calls for the samples-per-second line. */
    @Setup(Level.Iteration)
    public void startIteration() {
        calls = 0;
        startNanos = System.nanoTime();
    }

    /** Prints samples per second and milliseconds per call for the iteration. */
    @TearDown(Level.Iteration)
    public void reportIteration() {
        double seconds = (System.nanoTime() - startNanos) * 1e-9;
        System.out.printf("%n  [network] %s mode=%s threads=%d: %.2f samples/s, %.2f ms/call%n", network, mode,
                threads, calls * batch / seconds, seconds * 1e3 / calls);
    }

    /** One training step, or one no-grad forward pass in evaluation mode. */
    @Benchmark
    public Object step() {
        calls++;
        if ("train".equals(mode)) {
            adam.zeroGrad();
            Tensor l = MemberEnsemble.trainingLoss(model, x, targets, loss);
            l.backward();
            adam.step();
            return l;
        }
        try (NoGrad scope = NoGrad.enter()) {
            return model.forward(x);
        }
    }
}
