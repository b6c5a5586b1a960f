package io.github.ser4j.model.research;

import io.github.ser4j.data.corpus.Corpora;
import io.github.ser4j.data.corpus.Utterance;
import io.github.ser4j.data.emotion.Emotion;
import io.github.ser4j.data.metrics.ClassificationReport;
import io.github.ser4j.dsp.audio.AudioLoader;
import io.github.ser4j.dsp.audio.LoadOptions;
import io.github.ser4j.dsp.augment.SpeedPerturbation;
import io.github.ser4j.dsp.resample.ResampleType;
import io.github.ser4j.nn.layers.BatchNorm1d;
import io.github.ser4j.nn.layers.Conv1d;
import io.github.ser4j.nn.layers.CrossEntropyLoss;
import io.github.ser4j.nn.layers.Dropout;
import io.github.ser4j.nn.layers.Linear;
import io.github.ser4j.nn.layers.MaxPool1d;
import io.github.ser4j.nn.layers.Module;
import io.github.ser4j.nn.layers.ReLU;
import io.github.ser4j.nn.layers.Sequential;
import io.github.ser4j.nn.kernels.Parallelism;
import io.github.ser4j.nn.ops.SlidingWindow;
import io.github.ser4j.nn.optim.AdamConfig;
import io.github.ser4j.nn.optim.AdamW;
import io.github.ser4j.nn.optim.OneCycleConfig;
import io.github.ser4j.nn.optim.OneCycleLr;
import io.github.ser4j.nn.tensor.NoGrad;
import io.github.ser4j.nn.tensor.Tensor;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Leave-one-speaker-out evaluation on EMO-DB of a small 1-D CNN over log-mel frames
 * ({@link LogMelInput}) with attentive pooling, trained on random 3 s crops with SpecAugment
 * masks and (optionally) speed-perturbed copies (0.9, 1.1) of the training speakers.
 * Validation speaker and checkpoint selection as in {@link EmoDbLosoExperiment}.
 * Arguments {@code key=value}: ch (channels per conv block), epochs, lr, wd, batch, crop,
 * seeds, seedBase, speed / speeds, folds (how many folds to run, for timing), probs (file for
 * test probabilities of the best-validation checkpoint; {@code <probs>.last} gets the
 * last-epoch model's). Both checkpoints are scored in one run.
 */
public final class LogMelCnnExperiment {
    private LogMelCnnExperiment() {
    }

    record Recipe(int[] channels, int firstStride, float dropout, double lr, double weightDecay,
                  float labelSmoothing, int epochs, int batch, int crop, int freqMasks, int freqWidth,
                  int timeMasks, int timeWidth, int evalFrom) {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> a = new HashMap<>();
        for (String s : args) {
            int eq = s.indexOf('=');
            a.put(eq < 0 ? s : s.substring(0, eq), eq < 0 ? "true" : s.substring(eq + 1));
        }
        Parallelism.setThreads(Integer.parseInt(a.getOrDefault("threads", "1")));
        Path corpusDir = Path.of(a.getOrDefault("corpus", "../shared/corpora/emodb"));
        Path cache = Path.of(a.getOrDefault("cache", "target/research-cache"));
        int[] ch = java.util.Arrays.stream(a.getOrDefault("ch", "64,96,128").split(","))
                .mapToInt(Integer::parseInt).toArray();
        int epochs = Integer.parseInt(a.getOrDefault("epochs", "40"));
        Recipe r = new Recipe(ch, Integer.parseInt(a.getOrDefault("stride", "1")),
                Float.parseFloat(a.getOrDefault("drop", "0.3")),
                Double.parseDouble(a.getOrDefault("lr", "2e-3")),
                Double.parseDouble(a.getOrDefault("wd", "5e-2")),
                Float.parseFloat(a.getOrDefault("ls", "0.1")), epochs,
                Integer.parseInt(a.getOrDefault("batch", "32")),
                Integer.parseInt(a.getOrDefault("crop", "300")),
                2, 8, 2, 25, Integer.parseInt(a.getOrDefault("evalFrom", String.valueOf(epochs / 3))));
        int seeds = Integer.parseInt(a.getOrDefault("seeds", "1"));
        long seedBase = Long.parseLong(a.getOrDefault("seedBase", "0"));
        boolean speed = Boolean.parseBoolean(a.getOrDefault("speed", "false"));
        int folds = Integer.parseInt(a.getOrDefault("folds", "10"));
        System.out.println("recipe " + r + " ch=" + a.getOrDefault("ch", "64,96,128") + " seeds=" + seeds
                + " speed=" + speed);

        List<Utterance> utts = Corpora.read(corpusDir).utterances();
        List<Emotion> emotions = utts.stream().map(Utterance::emotion).distinct().sorted().toList();
        long t0 = System.nanoTime();
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = cpu.getCurrentThreadCpuTime();
        float[][][] base = loadOrCompute(utts, cache.resolve("logmel64-v1.bin"), 1.0);
        String speedList = a.getOrDefault("speeds", speed ? "0.9,1.1" : "");
        List<float[][][]> copies = new ArrayList<>();
        for (String sf : speedList.split(",")) {
            if (!sf.isBlank()) {
                copies.add(loadOrCompute(utts, cache.resolve("logmel64-sp" + sf + "-v1.bin"), Double.parseDouble(sf)));
            }
        }
        System.out.printf(Locale.ROOT, "log-mel for %d utterances in %.1f s (cpu %.1f s)%n", utts.size(),
                (System.nanoTime() - t0) / 1e9, (cpu.getCurrentThreadCpuTime() - c0) / 1e9);
        long cpuStart = cpu.getCurrentThreadCpuTime();

        List<String> speakers = utts.stream().map(Utterance::speaker).distinct().sorted().toList();
        int k = emotions.size();
        int[] label = utts.stream().mapToInt(u -> emotions.indexOf(u.emotion())).toArray();
        float[][] probs = new float[utts.size()][];
        float[][] probsLast = new float[utts.size()][];
        double sumUarLast = 0;
        StringBuilder perFoldLast = new StringBuilder();
        double sumUar = 0;
        double sumAcc = 0;
        StringBuilder perFold = new StringBuilder();
        long params = 0;
        long start = System.nanoTime();
        List<Integer> evaluated = new ArrayList<>();
        for (int f = 0; f < folds; f++) {
            long foldStart = System.nanoTime();
            String test = speakers.get(f);
            String val = speakers.get((f + 1) % speakers.size());
            List<float[][]> trX = new ArrayList<>();
            List<Integer> trY = new ArrayList<>();
            List<Integer> va = new ArrayList<>();
            List<Integer> te = new ArrayList<>();
            for (int i = 0; i < utts.size(); i++) {
                String s = utts.get(i).speaker();
                if (s.equals(test)) {
                    te.add(i);
                } else if (s.equals(val)) {
                    va.add(i);
                } else {
                    trX.add(base[i]);
                    trY.add(label[i]);
                    for (float[][][] copy : copies) {
                        trX.add(copy[i]);
                        trY.add(label[i]);
                    }
                }
            }
            int[] yTr = trY.stream().mapToInt(Integer::intValue).toArray();
            float[][][] xTr = trX.toArray(new float[0][][]);
            float[][][] xVa = va.stream().map(i -> base[i]).toArray(float[][][]::new);
            int[] yVa = va.stream().mapToInt(i -> label[i]).toArray();
            float[][][] xTe = te.stream().map(i -> base[i]).toArray(float[][][]::new);
            int[] yTe = te.stream().mapToInt(i -> label[i]).toArray();
            float[][] p = new float[te.size()][k];
            float[][] pLast = new float[te.size()][k];
            for (int s = 0; s < seeds; s++) {
                Trained t = train(xTr, yTr, xVa, yVa, k, r, 7000L * f + s + seedBase, 1 + copies.size());
                params = t.net().parameterCount();
                float[][] psLast = predict(t.net(), xTe, r.crop(), k);
                t.load(t.best());
                float[][] ps = predict(t.net(), xTe, r.crop(), k);
                for (int i = 0; i < p.length; i++) {
                    for (int c = 0; c < k; c++) {
                        p[i][c] += ps[i][c] / seeds;
                        pLast[i][c] += psLast[i][c] / seeds;
                    }
                }
            }
            for (int i = 0; i < te.size(); i++) {
                probsLast[te.get(i)] = pLast[i];
            }
            int[] predLast = new int[te.size()];
            for (int i = 0; i < te.size(); i++) {
                predLast[i] = MlpClassifier.argmax(pLast[i]);
            }
            ClassificationReport repLast = ClassificationReport.of(yTe, predLast, EmoDbLosoExperiment.names(emotions));
            sumUarLast += repLast.uar();
            perFoldLast.append(String.format(Locale.ROOT, " %s:%.1f", test.substring(test.indexOf(':') + 1),
                    100 * repLast.uar()));
            int[] pred = new int[te.size()];
            for (int i = 0; i < te.size(); i++) {
                probs[te.get(i)] = p[i];
                pred[i] = MlpClassifier.argmax(p[i]);
                evaluated.add(te.get(i));
            }
            ClassificationReport rep = ClassificationReport.of(yTe, pred, EmoDbLosoExperiment.names(emotions));
            sumUar += rep.uar();
            sumAcc += rep.accuracy();
            perFold.append(String.format(Locale.ROOT, " %s:%.1f", test.substring(test.indexOf(':') + 1),
                    100 * rep.uar()));
            System.out.printf(Locale.ROOT, "fold %s (val %s): n=%d UAR %.1f%% acc %.1f%% %.1f s (cpu so far %.1f s)%n",
                    test, val, te.size(), 100 * rep.uar(), 100 * rep.accuracy(), (System.nanoTime() - foldStart) / 1e9,
                    (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9);
        }
        double total = (System.nanoTime() - start) / 1e9;
        int[] yAll = evaluated.stream().mapToInt(i -> label[i]).toArray();
        int[] pAll = evaluated.stream().mapToInt(i -> MlpClassifier.argmax(probs[i])).toArray();
        ClassificationReport pooled = ClassificationReport.of(yAll, pAll, EmoDbLosoExperiment.names(emotions));
        System.out.printf(Locale.ROOT,
                "RESULT mean-fold UAR %.2f%% acc %.2f%% | pooled UAR %.2f%% acc %.2f%% | params %d | train %.1f s (%.1f s/fold)%n",
                100 * sumUar / folds, 100 * sumAcc / folds, 100 * pooled.uar(), 100 * pooled.accuracy(), params,
                total, total / folds);
        System.out.println("per-fold UAR:" + perFold);
        System.out.println(pooled.toText(3));
        System.out.printf(Locale.ROOT, "LAST-EPOCH model: mean-fold UAR %.2f%%, per-fold UAR:%s%n",
                100 * sumUarLast / folds, perFoldLast);
        if (a.containsKey("probs") && folds == speakers.size()) {
            EmoDbLosoExperiment.writeMatrix(Path.of(a.get("probs")), probs);
            EmoDbLosoExperiment.writeMatrix(Path.of(a.get("probs") + ".last"), probsLast);
        }
    }

    static Sequential build(int mels, int classes, Recipe r, SplittableRandom rng) {
        List<Module> layers = new ArrayList<>();
        int in = mels;
        for (int b = 0; b < r.channels().length; b++) {
            int out = r.channels()[b];
            int kernel = b < 2 ? 5 : 3;
            int stride = b == 0 ? r.firstStride() : 1;
            layers.add(new Conv1d(in, out, SlidingWindow.same(kernel, stride, 1), false, rng.split()));
            layers.add(new BatchNorm1d(out));
            layers.add(new ReLU());
            if (b < 2) {
                layers.add(new MaxPool1d(2));
            }
            in = out;
        }
        layers.add(new AttentivePooling(in, rng.split()));
        layers.add(new Dropout(r.dropout(), rng.split()));
        layers.add(new Linear(2 * in, classes, rng.split()));
        return new Sequential(layers.toArray(new Module[0]));
    }

    /** A trained network with its final (last-epoch) and best-validation states. */
    record Trained(Sequential net, Map<String, Tensor> state, Map<String, float[]> last, Map<String, float[]> best) {
        void load(Map<String, float[]> values) {
            if (values == null) {
                return;
            }
            for (Map.Entry<String, Tensor> e : state.entrySet()) {
                System.arraycopy(values.get(e.getKey()), 0, e.getValue().data(), 0, e.getValue().numel());
            }
        }
    }

    static Trained train(float[][][] x, int[] y, float[][][] xVa, int[] yVa, int classes, Recipe r, long seed,
                         int copies) {
        SplittableRandom rng = new SplittableRandom(seed);
        int mels = x[0].length;
        Sequential net = build(mels, classes, r, rng);
        CrossEntropyLoss loss = new CrossEntropyLoss(MlpClassifier.balancedWeights(y, classes), r.labelSmoothing());
        Map<String, Tensor> params = net.namedParameters();
        AdamW opt = new AdamW(params, AdamConfig.adamW(r.lr()).withWeightDecay(r.weightDecay()));
        // one epoch = one pass over the original utterances; each draws one of its copies
        int n = x.length / copies;
        int steps = (n + r.batch() - 1) / r.batch();
        OneCycleLr schedule = new OneCycleLr(opt, OneCycleConfig.of(r.lr(), r.epochs() * steps));
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        int crop = r.crop();
        double bestUar = -1;
        double bestLoss = Double.POSITIVE_INFINITY;
        Map<String, float[]> best = null;
        Map<String, Tensor> state = new HashMap<>(params);
        state.putAll(net.namedBuffers());
        for (int epoch = 0; epoch < r.epochs(); epoch++) {
            net.train();
            MlpClassifier.shuffle(order, rng);
            for (int b = 0; b < n; b += r.batch()) {
                int m = Math.min(r.batch(), n - b);
                if (m < 2) {
                    continue;
                }
                float[] data = new float[m * mels * crop];
                int[] targets = new int[m];
                for (int i = 0; i < m; i++) {
                    int idx = order[b + i] * copies + rng.nextInt(copies);
                    targets[i] = y[idx];
                    fillCrop(x[idx], data, i * mels * crop, crop, rng);
                    specAugment(data, i * mels * crop, mels, crop, r, rng);
                }
                Tensor out = net.forward(Tensor.of(data, m, mels, crop));
                Tensor l = loss.forward(out, targets);
                opt.zeroGrad();
                l.backward();
                opt.step();
                schedule.step();
            }
            if (epoch >= r.evalFrom()) {
                float[][] p = predict(net, xVa, crop, classes);
                double uar = MlpClassifier.uar(p, yVa, classes);
                double vl = MlpClassifier.logLoss(p, yVa);
                if (uar > bestUar + 1e-9 || (Math.abs(uar - bestUar) <= 1e-9 && vl < bestLoss)) {
                    bestUar = uar;
                    bestLoss = vl;
                    best = new HashMap<>();
                    for (Map.Entry<String, Tensor> e : state.entrySet()) {
                        best.put(e.getKey(), e.getValue().data().clone());
                    }
                }
            }
        }
        Map<String, float[]> last = new HashMap<>();
        for (Map.Entry<String, Tensor> e : state.entrySet()) {
            last.put(e.getKey(), e.getValue().data().clone());
        }
        return new Trained(net, state, last, best);
    }

    /** A random crop of {@code crop} frames (padded with the silence floor when shorter). */
    static void fillCrop(float[][] mel, float[] dst, int off, int crop, SplittableRandom rng) {
        int frames = mel[0].length;
        int start = frames > crop ? rng.nextInt(frames - crop + 1) : 0;
        int pad = frames < crop ? rng.nextInt(crop - frames + 1) : 0;
        for (int m = 0; m < mel.length; m++) {
            int row = off + m * crop;
            java.util.Arrays.fill(dst, row, row + crop, -4f);
            int len = Math.min(crop, frames);
            System.arraycopy(mel[m], start, dst, row + pad, len);
        }
    }

    static void specAugment(float[] d, int off, int mels, int crop, Recipe r, SplittableRandom rng) {
        for (int k = 0; k < r.freqMasks(); k++) {
            int w = rng.nextInt(r.freqWidth() + 1);
            int f0 = rng.nextInt(mels - w + 1);
            for (int m = f0; m < f0 + w; m++) {
                java.util.Arrays.fill(d, off + m * crop, off + (m + 1) * crop, 0f);
            }
        }
        for (int k = 0; k < r.timeMasks(); k++) {
            int w = rng.nextInt(r.timeWidth() + 1);
            int t0 = rng.nextInt(crop - w + 1);
            for (int m = 0; m < mels; m++) {
                java.util.Arrays.fill(d, off + m * crop + t0, off + m * crop + t0 + w, 0f);
            }
        }
    }

    /** Probabilities for whole utterances (padded to at least {@code minFrames}), one at a time. */
    static float[][] predict(Sequential net, float[][][] x, int minFrames, int classes) {
        net.eval();
        float[][] out = new float[x.length][classes];
        try (NoGrad g = NoGrad.enter()) {
            for (int i = 0; i < x.length; i++) {
                float[][] mel = x[i];
                int frames = Math.max(minFrames, mel[0].length);
                int pad = (frames - mel[0].length) / 2;
                float[] data = new float[mel.length * frames];
                java.util.Arrays.fill(data, -4f);
                for (int m = 0; m < mel.length; m++) {
                    System.arraycopy(mel[m], 0, data, m * frames + pad, mel[m].length);
                }
                float[] logits = net.forward(Tensor.of(data, 1, mel.length, frames)).data();
                MlpClassifier.softmax(logits, 0, classes, out[i]);
            }
        }
        return out;
    }

    static float[][][] loadOrCompute(List<Utterance> utts, Path file, double speed) throws IOException {
        if (Files.exists(file)) {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
                int n = in.readInt();
                float[][][] out = new float[n][][];
                for (int i = 0; i < n; i++) {
                    int m = in.readInt();
                    int t = in.readInt();
                    out[i] = new float[m][t];
                    for (float[] row : out[i]) {
                        for (int j = 0; j < t; j++) {
                            row[j] = in.readFloat();
                        }
                    }
                }
                if (n == utts.size()) {
                    return out;
                }
            }
        }
        LoadOptions opts = LoadOptions.librosaDefaults().withSampleRate(16000);
        float[][][] out = new float[utts.size()][][];
        for (int i = 0; i < utts.size(); i++) {
            float[] y = AudioLoader.load(utts.get(i).path(), opts).samples();
            if (speed != 1.0) {
                y = SpeedPerturbation.changeSpeed(y, 16000, speed, ResampleType.KAISER_FAST);
            }
            out[i] = LogMelInput.compute(y);
        }
        Files.createDirectories(file.getParent());
        try (DataOutputStream o = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            o.writeInt(out.length);
            for (float[][] mel : out) {
                o.writeInt(mel.length);
                o.writeInt(mel[0].length);
                for (float[] row : mel) {
                    for (float v : row) {
                        o.writeFloat(v);
                    }
                }
            }
        }
        return out;
    }
}
