package io.github.ser4j.model.research;

import io.github.ser4j.data.corpus.Corpora;
import io.github.ser4j.data.corpus.Corpus;
import io.github.ser4j.data.corpus.Utterance;
import io.github.ser4j.data.emotion.Emotion;
import io.github.ser4j.data.metrics.ClassificationReport;
import io.github.ser4j.data.prep.StandardScaler;
import io.github.ser4j.dsp.audio.AudioLoader;
import io.github.ser4j.dsp.audio.LoadOptions;
import io.github.ser4j.dsp.functionals.AcousticFunctionals;
import io.github.ser4j.nn.kernels.Parallelism;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Leave-one-speaker-out evaluation on EMO-DB of utterance-level functionals
 * ({@link AcousticFunctionals}) with an MLP or logistic regression ({@link MlpClassifier}).
 *
 * <p>Per fold: the test speaker is held out; of the nine others, the next speaker in sorted
 * order is the validation speaker (checkpoint selection), the remaining eight train. The
 * scaler is fit on the eight training speakers' original utterances only; speed-perturbed
 * copies ({@code speed=true}: factors 0.9 and 1.1, or {@code speeds=f1,f2,...}) of the
 * training speakers are added to the training rows only. {@code restore=false} keeps the
 * last epoch instead of the best-validation checkpoint; {@code trainval=true} then trains on
 * the validation speaker too (nine training speakers, as {@code ser train} does for the
 * default model). {@code tta=true} averages each test prediction over the original and its
 * speed-perturbed versions ({@code ttaspeeds=f1,f2,...}, by default the training speeds).
 * Run (arguments {@code key=value}):
 * <pre>
 * java --add-modules=jdk.incubator.vector -cp CP io.github.ser4j.model.research.EmoDbLosoExperiment \
 *     seeds=5 epochs=60 speed=true restore=false trainval=true tta=true
 * </pre>
 */
public final class EmoDbLosoExperiment {
    /** {@code trainval=true}: the validation speaker also trains (for runs that keep the last epoch). */
    static boolean TRAIN_ON_VALIDATION;
    /** {@code tta=true}: test predictions average the original and its speed-perturbed copies. */
    static boolean TEST_TIME_AUGMENTATION;
    /** Features of the test-time views ({@code ttaspeeds=f1,f2,...}, default the training speeds). */
    static float[][][] TEST_VIEWS = new float[0][][];

    private EmoDbLosoExperiment() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> a = new HashMap<>();
        for (String s : args) {
            int eq = s.indexOf('=');
            if (eq < 0) {
                a.put(s, "true");
            } else {
                a.put(s.substring(0, eq), s.substring(eq + 1));
            }
        }
        Parallelism.setThreads(Integer.parseInt(a.getOrDefault("threads", "1")));
        Path corpusDir = Path.of(a.getOrDefault("corpus", "../shared/corpora/emodb"));
        Path cache = Path.of(a.getOrDefault("cache", "target/research-cache"));
        String hiddenArg = a.getOrDefault("hidden", "256");
        int[] hidden = hiddenArg.isEmpty() || hiddenArg.equals("0") ? new int[0]
                : java.util.Arrays.stream(hiddenArg.split(",")).mapToInt(Integer::parseInt).toArray();
        MlpClassifier.Recipe recipe = new MlpClassifier.Recipe(hidden,
                Float.parseFloat(a.getOrDefault("indrop", "0.2")),
                Float.parseFloat(a.getOrDefault("drop", "0.5")),
                Double.parseDouble(a.getOrDefault("lr", "1e-3")),
                Double.parseDouble(a.getOrDefault("wd", "1e-2")),
                Float.parseFloat(a.getOrDefault("ls", "0.1")),
                Float.parseFloat(a.getOrDefault("noise", "0.1")),
                Integer.parseInt(a.getOrDefault("epochs", "100")),
                Integer.parseInt(a.getOrDefault("batch", "32")),
                Boolean.parseBoolean(a.getOrDefault("restore", "true")));
        int seeds = Integer.parseInt(a.getOrDefault("seeds", "5"));
        TRAIN_ON_VALIDATION = Boolean.parseBoolean(a.getOrDefault("trainval", "false"));
        TEST_TIME_AUGMENTATION = Boolean.parseBoolean(a.getOrDefault("tta", "false"));
        System.out.println("recipe " + recipe + " hidden=" + hiddenArg + " seeds=" + seeds);

        Corpus corpus = Corpora.read(corpusDir);
        List<Utterance> utts = corpus.utterances();
        List<Emotion> emotions = utts.stream().map(Utterance::emotion).distinct().sorted().toList();
        long t0 = System.nanoTime();
        long c0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        float[][] features = loadOrExtract(utts, cache.resolve("functionals-v2.bin"), 1.0);
        boolean speed = Boolean.parseBoolean(a.getOrDefault("speed", "false"));
        String speeds = a.getOrDefault("speeds", speed ? "0.9,1.1" : "");
        List<float[][]> copies = new ArrayList<>();
        for (String f : speeds.split(",")) {
            if (!f.isBlank()) {
                double factor = Double.parseDouble(f);
                copies.add(loadOrExtract(utts, cache.resolve("functionals-sp" + f + "-v2.bin"), factor));
            }
        }
        float[][][] augmented = copies.toArray(new float[0][][]);
        List<float[][]> views = new ArrayList<>();
        for (String f : a.getOrDefault("ttaspeeds", speeds).split(",")) {
            if (!f.isBlank()) {
                views.add(loadOrExtract(utts, cache.resolve("functionals-sp" + f + "-v2.bin"), Double.parseDouble(f)));
            }
        }
        TEST_VIEWS = views.toArray(new float[0][][]);
        double extractSeconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "features: %d x %d in %.1f s (cpu %.1f s)%n", features.length,
                features[0].length, extractSeconds,
                (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - c0) / 1e9);

        float[][] probs = runLoso(utts, emotions, features, augmented, recipe, seeds, a.containsKey("quiet"));
        Path probsOut = a.containsKey("probs") ? Path.of(a.get("probs")) : null;
        if (probsOut != null) {
            writeMatrix(probsOut, probs);
        }
    }

    /** Runs the ten folds, prints per-fold and overall figures, returns test probabilities per utterance. */
    static float[][] runLoso(List<Utterance> utts, List<Emotion> emotions, float[][] features,
                             float[][][] augmented, MlpClassifier.Recipe recipe, int seeds, boolean quiet) {
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = cpu.getCurrentThreadCpuTime();
        List<String> speakers = utts.stream().map(Utterance::speaker).distinct().sorted().toList();
        int k = emotions.size();
        int[] label = utts.stream().mapToInt(u -> emotions.indexOf(u.emotion())).toArray();
        float[][] probs = new float[utts.size()][];
        double sumUar = 0;
        double sumAcc = 0;
        StringBuilder perFold = new StringBuilder();
        long params = 0;
        long start = System.nanoTime();
        for (int f = 0; f < speakers.size(); f++) {
            long foldStart = System.nanoTime();
            String test = speakers.get(f);
            String val = speakers.get((f + 1) % speakers.size());
            List<Integer> tr = new ArrayList<>();
            List<Integer> va = new ArrayList<>();
            List<Integer> te = new ArrayList<>();
            for (int i = 0; i < utts.size(); i++) {
                String s = utts.get(i).speaker();
                (s.equals(test) ? te : s.equals(val) ? va : tr).add(i);
            }
            if (TRAIN_ON_VALIDATION) {
                tr.addAll(va);
            }
            StandardScaler scaler = StandardScaler.fit(rows(features, tr));
            List<float[]> trainRows = new ArrayList<>(java.util.Arrays.asList(rows(features, tr)));
            List<Integer> trainLabels = new ArrayList<>(tr.stream().map(i -> label[i]).toList());
            for (float[][] copy : augmented) {
                trainRows.addAll(java.util.Arrays.asList(rows(copy, tr)));
                trainLabels.addAll(tr.stream().map(i -> label[i]).toList());
            }
            float[][] xTr = clip(scaler.transform(trainRows.toArray(new float[0][])));
            float[][] xVa = clip(scaler.transform(rows(features, va)));
            float[][] xTe = clip(scaler.transform(rows(features, te)));
            int[] yTr = trainLabels.stream().mapToInt(Integer::intValue).toArray();
            int[] yVa = va.stream().mapToInt(i -> label[i]).toArray();
            int[] yTe = te.stream().mapToInt(i -> label[i]).toArray();
            float[][] p = new float[te.size()][k];
            for (int s = 0; s < seeds; s++) {
                MlpClassifier m = MlpClassifier.train(xTr, yTr, xVa, yVa, k, recipe, 1000L * f + s);
                params = m.parameterCount();
                float[][] ps = m.predictProba(xTe);
                if (TEST_TIME_AUGMENTATION) {
                    // average over the original and its speed-perturbed versions
                    for (float[][] copy : TEST_VIEWS) {
                        float[][] pc = m.predictProba(clip(scaler.transform(rows(copy, te))));
                        for (int i = 0; i < ps.length; i++) {
                            for (int c = 0; c < k; c++) {
                                ps[i][c] += pc[i][c];
                            }
                        }
                    }
                    for (float[] row : ps) {
                        for (int c = 0; c < k; c++) {
                            row[c] /= 1 + TEST_VIEWS.length;
                        }
                    }
                }
                for (int i = 0; i < p.length; i++) {
                    for (int c = 0; c < k; c++) {
                        p[i][c] += ps[i][c] / seeds;
                    }
                }
            }
            for (int i = 0; i < te.size(); i++) {
                probs[te.get(i)] = p[i];
            }
            int[] pred = new int[te.size()];
            for (int i = 0; i < pred.length; i++) {
                pred[i] = MlpClassifier.argmax(p[i]);
            }
            ClassificationReport rep = ClassificationReport.of(yTe, pred, names(emotions));
            sumUar += rep.uar();
            sumAcc += rep.accuracy();
            double secs = (System.nanoTime() - foldStart) / 1e9;
            perFold.append(String.format(Locale.ROOT, " %s:%.1f", test.substring(test.indexOf(':') + 1),
                    100 * rep.uar()));
            if (!quiet) {
                System.out.printf(Locale.ROOT, "fold %s (val %s): n=%d UAR %.1f%% acc %.1f%% %.1f s%n", test, val,
                        te.size(), 100 * rep.uar(), 100 * rep.accuracy(), secs);
            }
        }
        double total = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "cpu time (main thread) %.1f s%n", (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9);
        int[] pred = new int[utts.size()];
        for (int i = 0; i < pred.length; i++) {
            pred[i] = MlpClassifier.argmax(probs[i]);
        }
        ClassificationReport pooled = ClassificationReport.of(label, pred, names(emotions));
        System.out.printf(Locale.ROOT,
                "RESULT mean-fold UAR %.2f%% acc %.2f%% | pooled UAR %.2f%% acc %.2f%% | params %d | train %.1f s (%.1f s/fold)%n",
                100 * sumUar / speakers.size(), 100 * sumAcc / speakers.size(), 100 * pooled.uar(),
                100 * pooled.accuracy(), params, total, total / speakers.size());
        System.out.println("per-fold UAR:" + perFold);
        if (!quiet) {
            System.out.println(pooled.toText(3));
        }
        return probs;
    }

    static List<String> names(List<Emotion> emotions) {
        return emotions.stream().map(Emotion::label).toList();
    }

    static float[][] rows(float[][] x, List<Integer> idx) {
        float[][] out = new float[idx.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = x[idx.get(i)];
        }
        return out;
    }

    static float[][] clip(float[][] x) {
        for (float[] row : x) {
            for (int j = 0; j < row.length; j++) {
                float v = row[j];
                row[j] = Float.isFinite(v) ? Math.max(-5f, Math.min(5f, v)) : 0f;
            }
        }
        return x;
    }

    static float[][] loadOrExtract(List<Utterance> utts, Path file, double speed) throws IOException {
        if (Files.exists(file)) {
            float[][] m = readMatrix(file);
            if (m.length == utts.size() && m[0].length == AcousticFunctionals.DIMENSION) {
                return m;
            }
        }
        LoadOptions opts = LoadOptions.librosaDefaults().withSampleRate(AcousticFunctionals.SAMPLE_RATE);
        float[][] out = new float[utts.size()][];
        AcousticFunctionals functionals = new AcousticFunctionals();
        for (int i = 0; i < utts.size(); i++) {
            float[] y = AudioLoader.load(utts.get(i).path(), opts).samples();
            if (speed != 1.0) {
                y = io.github.ser4j.dsp.augment.SpeedPerturbation.changeSpeed(y, AcousticFunctionals.SAMPLE_RATE, speed,
                        io.github.ser4j.dsp.resample.ResampleType.KAISER_FAST);
            }
            out[i] = functionals.extract(y);
        }
        Files.createDirectories(file.getParent());
        writeMatrix(file, out);
        return out;
    }

    static void writeMatrix(Path file, float[][] m) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            out.writeInt(m.length);
            out.writeInt(m[0].length);
            for (float[] row : m) {
                for (float v : row) {
                    out.writeFloat(v);
                }
            }
        }
    }

    static float[][] readMatrix(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            int n = in.readInt();
            int d = in.readInt();
            float[][] m = new float[n][d];
            for (float[] row : m) {
                for (int j = 0; j < d; j++) {
                    row[j] = in.readFloat();
                }
            }
            return m;
        }
    }
}
