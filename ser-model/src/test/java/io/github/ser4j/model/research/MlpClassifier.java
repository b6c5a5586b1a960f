package io.github.ser4j.model.research;

import io.github.ser4j.nn.layers.CrossEntropyLoss;
import io.github.ser4j.nn.layers.Dropout;
import io.github.ser4j.nn.layers.Linear;
import io.github.ser4j.nn.layers.Module;
import io.github.ser4j.nn.layers.ReLU;
import io.github.ser4j.nn.layers.Sequential;
import io.github.ser4j.nn.optim.AdamConfig;
import io.github.ser4j.nn.optim.AdamW;
import io.github.ser4j.nn.optim.CosineAnnealingLr;
import io.github.ser4j.nn.tensor.NoGrad;
import io.github.ser4j.nn.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A multilayer perceptron (or, with no hidden layer, multinomial logistic regression) on
 * standardised utterance-level vectors, trained with AdamW, cosine learning rate, label
 * smoothing, balanced class weights, input dropout and Gaussian input noise; the checkpoint
 * with the best validation UAR (ties: lower validation loss) is kept.
 */
final class MlpClassifier {
    /** Training recipe. */
    record Recipe(int[] hidden, float inputDropout, float dropout, double lr, double weightDecay,
                  float labelSmoothing, float inputNoise, int epochs, int batch, boolean restoreBest) {
    }

    private final Sequential net;
    private final int classes;

    private MlpClassifier(Sequential net, int classes) {
        this.net = net;
        this.classes = classes;
    }

    long parameterCount() {
        return net.parameterCount();
    }

    /** Trains one network; {@code xVal} may be null (then the last epoch is kept). */
    static MlpClassifier train(float[][] x, int[] y, float[][] xVal, int[] yVal, int classes, Recipe r,
                               long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int d = x[0].length;
        List<Module> layers = new ArrayList<>();
        if (r.inputDropout() > 0) {
            layers.add(new Dropout(r.inputDropout(), rng.split()));
        }
        int in = d;
        for (int h : r.hidden()) {
            layers.add(new Linear(in, h, rng.split()));
            layers.add(new ReLU());
            if (r.dropout() > 0) {
                layers.add(new Dropout(r.dropout(), rng.split()));
            }
            in = h;
        }
        layers.add(new Linear(in, classes, rng.split()));
        Sequential net = new Sequential(layers.toArray(new Module[0]));
        MlpClassifier model = new MlpClassifier(net, classes);

        float[] weights = balancedWeights(y, classes);
        CrossEntropyLoss loss = new CrossEntropyLoss(weights, r.labelSmoothing());
        Map<String, Tensor> params = net.namedParameters();
        AdamW opt = new AdamW(params, AdamConfig.adamW(r.lr()).withWeightDecay(r.weightDecay()));
        int n = x.length;
        int stepsPerEpoch = (n + r.batch() - 1) / r.batch();
        CosineAnnealingLr schedule = new CosineAnnealingLr(opt, r.epochs() * stepsPerEpoch, r.lr() * 0.01);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        double bestUar = -1;
        double bestLoss = Double.POSITIVE_INFINITY;
        Map<String, float[]> best = null;
        for (int epoch = 0; epoch < r.epochs(); epoch++) {
            net.train();
            shuffle(order, rng);
            for (int b = 0; b < n; b += r.batch()) {
                int m = Math.min(r.batch(), n - b);
                float[] data = new float[m * d];
                int[] targets = new int[m];
                for (int i = 0; i < m; i++) {
                    float[] row = x[order[b + i]];
                    for (int j = 0; j < d; j++) {
                        float v = row[j];
                        if (r.inputNoise() > 0) {
                            v += (float) (r.inputNoise() * gaussian(rng));
                        }
                        data[i * d + j] = v;
                    }
                    targets[i] = y[order[b + i]];
                }
                Tensor out = net.forward(Tensor.of(data, m, d));
                Tensor l = loss.forward(out, targets);
                opt.zeroGrad();
                l.backward();
                opt.step();
                schedule.step();
            }
            if (xVal != null && r.restoreBest()) {
                float[][] p = model.predictProba(xVal);
                double uar = uar(p, yVal, classes);
                double vl = logLoss(p, yVal);
                if (uar > bestUar + 1e-9 || (Math.abs(uar - bestUar) <= 1e-9 && vl < bestLoss)) {
                    bestUar = uar;
                    bestLoss = vl;
                    best = snapshot(params);
                }
            }
        }
        if (best != null) {
            for (Map.Entry<String, Tensor> e : params.entrySet()) {
                System.arraycopy(best.get(e.getKey()), 0, e.getValue().data(), 0, e.getValue().numel());
            }
        }
        return model;
    }

    /** Class probabilities per row. */
    float[][] predictProba(float[][] x) {
        net.eval();
        int n = x.length;
        int d = x[0].length;
        float[] data = new float[n * d];
        for (int i = 0; i < n; i++) {
            System.arraycopy(x[i], 0, data, i * d, d);
        }
        float[][] p = new float[n][classes];
        try (NoGrad g = NoGrad.enter()) {
            float[] logits = net.forward(Tensor.of(data, n, d)).data();
            for (int i = 0; i < n; i++) {
                softmax(logits, i * classes, classes, p[i]);
            }
        }
        return p;
    }

    static void softmax(float[] logits, int off, int k, float[] out) {
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) {
            max = Math.max(max, logits[off + c]);
        }
        double sum = 0;
        for (int c = 0; c < k; c++) {
            out[c] = (float) Math.exp(logits[off + c] - max);
            sum += out[c];
        }
        for (int c = 0; c < k; c++) {
            out[c] /= (float) sum;
        }
    }

    static float[] balancedWeights(int[] y, int classes) {
        int[] counts = new int[classes];
        for (int v : y) {
            counts[v]++;
        }
        float[] w = new float[classes];
        for (int c = 0; c < classes; c++) {
            w[c] = counts[c] == 0 ? 0f : (float) y.length / (classes * counts[c]);
        }
        return w;
    }

    static double uar(float[][] p, int[] y, int classes) {
        int[] hit = new int[classes];
        int[] total = new int[classes];
        for (int i = 0; i < y.length; i++) {
            total[y[i]]++;
            if (argmax(p[i]) == y[i]) {
                hit[y[i]]++;
            }
        }
        double s = 0;
        int present = 0;
        for (int c = 0; c < classes; c++) {
            if (total[c] > 0) {
                s += (double) hit[c] / total[c];
                present++;
            }
        }
        return s / Math.max(1, present);
    }

    static double logLoss(float[][] p, int[] y) {
        double s = 0;
        for (int i = 0; i < y.length; i++) {
            s -= Math.log(Math.max(1e-7, p[i][y[i]]));
        }
        return s / y.length;
    }

    static int argmax(float[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }

    private static Map<String, float[]> snapshot(Map<String, Tensor> params) {
        Map<String, float[]> s = new java.util.HashMap<>();
        params.forEach((k, v) -> s.put(k, v.data().clone()));
        return s;
    }

    static void shuffle(int[] a, SplittableRandom rng) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    static double gaussian(SplittableRandom rng) {
        double u1 = 1.0 - rng.nextDouble();
        double u2 = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
}
