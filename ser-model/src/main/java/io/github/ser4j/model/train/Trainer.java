package io.github.ser4j.model.train;

import io.github.ser4j.data.prep.ClassWeights;
import io.github.ser4j.nn.kernels.Parallelism;
import io.github.ser4j.nn.layers.CrossEntropyLoss;
import io.github.ser4j.nn.layers.Module;
import io.github.ser4j.nn.optim.Adam;
import io.github.ser4j.nn.optim.AdamConfig;
import io.github.ser4j.nn.optim.AdamW;
import io.github.ser4j.nn.optim.CosineAnnealingLr;
import io.github.ser4j.nn.optim.EarlyStopping;
import io.github.ser4j.nn.optim.EarlyStoppingConfig;
import io.github.ser4j.nn.optim.GradientClipping;
import io.github.ser4j.nn.optim.LrScheduler;
import io.github.ser4j.nn.optim.OneCycleConfig;
import io.github.ser4j.nn.optim.OneCycleLr;
import io.github.ser4j.nn.optim.Optimizer;
import io.github.ser4j.nn.optim.PlateauConfig;
import io.github.ser4j.nn.optim.ReduceLrOnPlateau;
import io.github.ser4j.nn.optim.Sgd;
import io.github.ser4j.nn.optim.SgdConfig;
import io.github.ser4j.nn.optim.StepLr;
import io.github.ser4j.nn.tensor.Tensor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Mini-batch training of a classifier with validation, schedules, early stopping and
 * best-checkpoint restore.
 *
 * <pre>{@code
 * TrainingResult r = new Trainer(TrainConfig.builder().epochs(40).seed(7).build())
 *         .fit(model, train, validation, TrainingListener.NONE);
 * r.history().writeCsv(Path.of("history.csv"));
 * }</pre>
 *
 * <p>One run, in order:
 * <ol>
 *   <li>Check that every training and validation value is finite, fit the
 *   {@link FeatureScaler} on the training part only and apply it to both parts.</li>
 *   <li>Per epoch: shuffle the training indices (Fisher-Yates from a generator seeded with
 *   {@link TrainConfig#seed()}), and for every batch compute the (class-weighted,
 *   smoothed) cross-entropy, back-propagate, clip, step the optimizer and, for one-cycle,
 *   the schedule. A trailing batch of one example is merged into the batch before it,
 *   since batch normalisation cannot normalise a single example.</li>
 *   <li>Evaluate on the validation part ({@link Evaluation}); step the epoch schedules
 *   (cosine, step, plateau); keep a copy of every parameter and buffer if the monitored
 *   metric is the best so far (for UAR, ties go to the lower validation loss); stop early
 *   when it has not improved for {@code patience} epochs.</li>
 *   <li>Restore the best copy and return the network in evaluation mode.</li>
 * </ol>
 *
 * <p><b>Ensembles.</b> A network that is a {@link MemberEnsemble} is trained on the sum of
 * its members' losses (the reported training loss is that sum); its accuracy is that of the
 * combined prediction.
 *
 * <p><b>Divergence.</b> After every batch the loss, every gradient and every updated
 * parameter and buffer is checked; the first non-finite one stops the run with a
 * {@link TrainingDivergedException} naming the epoch, batch and tensor.
 *
 * <p><b>Determinism.</b> The batch order comes from the seed; the network's initial weights
 * and dropout masks come from the generator it was built with; kernels split work without
 * splitting any sum ({@link Parallelism}). So the same network seed, training seed and
 * thread count give bit-identical weights and history. The kernel thread count is set to
 * {@link TrainConfig#threads()} for the run and restored afterwards.
 */
public final class Trainer {
    private final TrainConfig config;

    /** A trainer with the given settings. */
    public Trainer(TrainConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /** The settings. */
    public TrainConfig config() {
        return config;
    }

    /**
     * Trains {@code model} in place.
     *
     * @param model      a freshly built network taking {@code train}'s sample shape and giving
     *                   {@code [batch, numClasses]} logits
     * @param train      the training part (unscaled)
     * @param validation the validation part (unscaled), or null to train for all epochs and
     *                   keep the last one
     * @param listener   progress receiver ({@link TrainingListener#NONE} for none)
     * @throws TrainingDivergedException when a loss, gradient or weight becomes NaN or infinite
     * @throws IllegalArgumentException  on a feature that is not finite, datasets that do not
     *                                   agree, an empty training part, or a plateau schedule
     *                                   without validation
     */
    public TrainingResult fit(Module model, FeatureDataset train, FeatureDataset validation,
                              TrainingListener listener) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(listener, "listener");
        checkInputs(train, validation);
        int previousThreads = Parallelism.threads();
        Parallelism.setThreads(config.threads());
        try {
            return run(model, train, validation, listener);
        } finally {
            Parallelism.setThreads(previousThreads);
        }
    }

    private void checkInputs(FeatureDataset train, FeatureDataset validation) {
        if (train.size() == 0) {
            throw new IllegalArgumentException("the training part is empty");
        }
        checkFinite(train, "training");
        if (validation != null) {
            if (!java.util.Arrays.equals(validation.sampleShape(), train.sampleShape())
                    || validation.numClasses() != train.numClasses()) {
                throw new IllegalArgumentException("validation " + validation + " does not match training " + train);
            }
            checkFinite(validation, "validation");
        }
        if (validation == null && config.schedule() == ScheduleKind.PLATEAU) {
            throw new IllegalArgumentException("schedule PLATEAU watches a validation metric; give a validation part");
        }
    }

    private static void checkFinite(FeatureDataset data, String part) {
        for (int i = 0; i < data.size(); i++) {
            float[] s = data.sample(i);
            for (int j = 0; j < s.length; j++) {
                if (!Float.isFinite(s[j])) {
                    throw new IllegalArgumentException(part + " sample " + i + " has the non-finite value " + s[j]
                            + " at index " + j + "; features must be finite");
                }
            }
        }
    }

    private TrainingResult run(Module model, FeatureDataset rawTrain, FeatureDataset rawVal,
                               TrainingListener listener) {
        FeatureScaler scaler = FeatureScaler.fit(config.scaling(), rawTrain);
        FeatureDataset train = scaler.apply(rawTrain);
        FeatureDataset val = rawVal == null ? null : scaler.apply(rawVal);
        int n = train.size();
        int[] bounds = batchBounds(n, config.batchSize());
        int batches = bounds.length - 1;

        CrossEntropyLoss lossFn = new CrossEntropyLoss(config.classWeights() ? classWeights(train) : null,
                (float) config.labelSmoothing());
        Map<String, Tensor> params = model.namedParameters();
        Map<String, Tensor> state = new LinkedHashMap<>(params);
        state.putAll(model.namedBuffers());
        Optimizer opt = optimizer(params);
        LrScheduler perBatch = null;
        LrScheduler perEpoch = null;
        ReduceLrOnPlateau plateau = null;
        switch (config.schedule()) {
            case ONE_CYCLE -> {
                long total = (long) config.epochs() * batches;
                if (total < 2 || total > Integer.MAX_VALUE) {
                    throw new IllegalArgumentException("schedule ONE_CYCLE needs 2 or more batches in all, got "
                            + total);
                }
                perBatch = new OneCycleLr(opt, OneCycleConfig.of(config.learningRate(), (int) total));
            }
            case COSINE -> perEpoch = new CosineAnnealingLr(opt, config.epochs(), config.minLearningRate());
            case STEP -> perEpoch = new StepLr(opt, config.stepSize(), config.gamma());
            case PLATEAU -> plateau = new ReduceLrOnPlateau(opt, PlateauConfig.of(config.monitor().mode())
                    .with(config.gamma(), config.plateauPatience(), config.minLearningRate()));
            case NONE -> {
            }
        }
        EarlyStopping stopper = config.patience() > 0 && val != null
                ? new EarlyStopping(EarlyStoppingConfig.of(config.monitor().mode(), config.patience())) : null;

        SplittableRandom rng = new SplittableRandom(config.seed());
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        List<EpochMetrics> history = new ArrayList<>();
        Map<String, float[]> bestState = null;
        EpochMetrics best = null;
        String stopReason = "completed " + config.epochs() + " epochs";
        for (int epoch = 1; epoch <= config.epochs(); epoch++) {
            shuffle(order, rng);
            model.train();
            double lossSum = 0;
            long correct = 0;
            for (int b = 0; b < batches; b++) {
                int from = bounds[b];
                int to = bounds[b + 1];
                Tensor x = train.batch(order, from, to);
                int[] y = train.batchLabels(order, from, to);
                Tensor logits;
                Tensor loss;
                if (model instanceof MemberEnsemble ensemble) {
                    // every member on its own loss; the sum keeps their gradients apart
                    List<Tensor> members = ensemble.memberLogits(x);
                    for (Tensor z : members) {
                        Evaluation.checkLogits(z, to - from, train.numClasses());
                    }
                    loss = MemberEnsemble.sumOfLosses(members, y, lossFn);
                    logits = MemberEnsemble.combine(members);
                } else {
                    logits = model.forward(x);
                    Evaluation.checkLogits(logits, to - from, train.numClasses());
                    loss = lossFn.forward(logits, y);
                }
                float lossValue = loss.item();
                if (!Float.isFinite(lossValue)) {
                    throw new TrainingDivergedException(epoch, b + 1, "loss", "is " + lossValue
                            + " (learning rate " + opt.learningRate() + ")");
                }
                opt.zeroGrad();
                loss.backward();
                checkGradients(params, epoch, b + 1);
                if (config.gradClipNorm() > 0) {
                    GradientClipping.clipGradNorm(params.values(), config.gradClipNorm());
                }
                opt.step();
                checkState(state, params, epoch, b + 1, opt.learningRate());
                if (perBatch != null) {
                    perBatch.step();
                }
                lossSum += (double) lossValue * (to - from);
                correct += countCorrect(logits, y);
                listener.onBatch(epoch, b + 1, batches, lossValue);
            }
            double lr = opt.learningRate();
            EpochMetrics m;
            if (val != null) {
                Evaluation e = Evaluation.of(model, val, Math.max(config.batchSize(), 64), null);
                m = new EpochMetrics(epoch, lossSum / n, (double) correct / n, e.loss(), e.accuracy(), e.uar(),
                        e.report().macroF1(), lr);
            } else {
                m = new EpochMetrics(epoch, lossSum / n, (double) correct / n, Double.NaN, Double.NaN, Double.NaN,
                        Double.NaN, lr);
            }
            history.add(m);
            if (best == null || val == null || isBetter(m, best)) {
                best = m;
                if (config.restoreBest() && val != null) {
                    bestState = snapshot(state, bestState);
                }
            }
            listener.onEpoch(m, config.epochs());
            if (perEpoch != null) {
                perEpoch.step();
            }
            if (plateau != null) {
                plateau.step(config.monitor().read(m));
            }
            if (stopper != null && stopper.update(config.monitor().read(m))) {
                stopReason = "early stopping: " + config.monitor().name().toLowerCase(java.util.Locale.ROOT)
                        + " did not improve for " + config.patience() + " epochs";
                break;
            }
        }
        int bestEpoch = history.size();
        if (config.restoreBest() && bestState != null) {
            restore(state, bestState);
            bestEpoch = best.epoch();
        }
        model.eval();
        return new TrainingResult(model, scaler, new History(history, bestEpoch, stopReason));
    }

    private boolean isBetter(EpochMetrics m, EpochMetrics best) {
        if (config.monitor() == Monitor.VAL_UAR) {
            return m.valUar() > best.valUar() || (m.valUar() == best.valUar() && m.valLoss() < best.valLoss());
        }
        return m.valLoss() < best.valLoss();
    }

    private Optimizer optimizer(Map<String, Tensor> params) {
        double lr = config.learningRate();
        double wd = config.weightDecay();
        return switch (config.optimizer()) {
            case ADAM -> new Adam(params, new AdamConfig(lr, 0.9, 0.999, 1e-8, wd));
            case ADAMW -> new AdamW(params, new AdamConfig(lr, 0.9, 0.999, 1e-8, wd));
            case SGD -> new Sgd(params, new SgdConfig(lr, config.momentum(), 0, wd, false));
        };
    }

    /** Balanced class weights of the training labels, as float; absent classes get weight 0. */
    static float[] classWeights(FeatureDataset train) {
        int k = train.numClasses();
        int[] y = train.labels();
        int[] count = new int[k];
        for (int label : y) {
            count[label]++;
        }
        // ClassWeights.balanced needs every class present; weigh the present ones, 0 for the rest
        int present = 0;
        for (int c : count) {
            present += c > 0 ? 1 : 0;
        }
        float[] w = new float[k];
        if (present == k) {
            double[] d = ClassWeights.balanced(y, k);
            for (int c = 0; c < k; c++) {
                w[c] = (float) d[c];
            }
        } else {
            for (int c = 0; c < k; c++) {
                w[c] = count[c] == 0 ? 0f : (float) ((double) y.length / (present * (double) count[c]));
            }
        }
        return w;
    }

    /** Batch boundaries {@code 0 = b0 < b1 < ... = n}; a last batch of one joins the one before. */
    static int[] batchBounds(int n, int batchSize) {
        int batches = (n + batchSize - 1) / batchSize;
        if (batches > 1 && n % batchSize == 1) {
            batches--;
        }
        int[] bounds = new int[batches + 1];
        for (int b = 0; b < batches; b++) {
            bounds[b] = b * batchSize;
        }
        bounds[batches] = n;
        return bounds;
    }

    private static void shuffle(int[] a, SplittableRandom rng) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private static long countCorrect(Tensor logits, int[] y) {
        float[] z = logits.data();
        int k = logits.dim(1);
        long correct = 0;
        for (int i = 0; i < y.length; i++) {
            int best = 0;
            for (int c = 1; c < k; c++) {
                if (z[i * k + c] > z[i * k + best]) {
                    best = c;
                }
            }
            correct += best == y[i] ? 1 : 0;
        }
        return correct;
    }

    private static void checkGradients(Map<String, Tensor> params, int epoch, int batch) {
        for (Map.Entry<String, Tensor> e : params.entrySet()) {
            float[] g = e.getValue().grad();
            if (g == null) {
                continue;
            }
            for (int i = 0; i < g.length; i++) {
                if (!Float.isFinite(g[i])) {
                    throw new TrainingDivergedException(epoch, batch, "gradient of '" + e.getKey() + "'",
                            "is " + g[i] + " at index " + i);
                }
            }
        }
    }

    private static void checkState(Map<String, Tensor> state, Map<String, Tensor> params, int epoch, int batch,
                                   double lr) {
        for (Map.Entry<String, Tensor> e : state.entrySet()) {
            float[] v = e.getValue().data();
            for (int i = 0; i < v.length; i++) {
                if (!Float.isFinite(v[i])) {
                    String kind = params.containsKey(e.getKey()) ? "parameter" : "buffer";
                    throw new TrainingDivergedException(epoch, batch, kind + " '" + e.getKey() + "'",
                            "is " + v[i] + " at index " + i + " after the update (learning rate " + lr + ")");
                }
            }
        }
    }

    private static Map<String, float[]> snapshot(Map<String, Tensor> state, Map<String, float[]> reuse) {
        Map<String, float[]> out = reuse != null ? reuse : new LinkedHashMap<>();
        for (Map.Entry<String, Tensor> e : state.entrySet()) {
            float[] src = e.getValue().data();
            float[] dst = out.computeIfAbsent(e.getKey(), k -> new float[src.length]);
            System.arraycopy(src, 0, dst, 0, src.length);
        }
        return out;
    }

    private static void restore(Map<String, Tensor> state, Map<String, float[]> saved) {
        for (Map.Entry<String, Tensor> e : state.entrySet()) {
            float[] src = saved.get(e.getKey());
            System.arraycopy(src, 0, e.getValue().data(), 0, src.length);
        }
    }
}
