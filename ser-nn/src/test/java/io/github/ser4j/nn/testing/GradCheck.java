package io.github.ser4j.nn.testing;

import io.github.ser4j.nn.tensor.NoGrad;
import io.github.ser4j.nn.tensor.Tensor;

import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * Finite-difference gradient check. The loss is {@code L = sum(y * g)} for a fixed random
 * upstream gradient {@code g}, accumulated in double; each input element is moved by
 * {@code +-eps} and {@code (L+ - L-) / (2 eps)} is compared with the gradient the backward
 * pass produced. The error is reported relative to the largest gradient magnitude of that
 * input, which is the scale at which float32 rounding shows.
 */
public final class GradCheck {
    private GradCheck() {
    }

    /** Largest relative error over all inputs that require grad. */
    public static double maxRelativeError(Function<Tensor[], Tensor> f, Tensor[] inputs, double eps, long seed) {
        RandomGenerator rng = new java.util.SplittableRandom(seed);
        for (Tensor t : inputs) {
            t.zeroGrad();
        }
        Tensor y = f.apply(inputs);
        float[] g = new float[y.numel()];
        for (int i = 0; i < g.length; i++) {
            g[i] = (float) rng.nextGaussian();
        }
        y.backward(g);
        double worst = 0;
        for (Tensor t : inputs) {
            if (!t.requiresGrad()) {
                continue;
            }
            float[] analytic = t.grad().clone();
            float[] data = t.data();
            double[] numeric = new double[data.length];
            try (NoGrad scope = NoGrad.enter()) {
                for (int j = 0; j < data.length; j++) {
                    float v = data[j];
                    data[j] = (float) (v + eps);
                    double up = loss(f.apply(inputs), g);
                    data[j] = (float) (v - eps);
                    double down = loss(f.apply(inputs), g);
                    data[j] = v;
                    numeric[j] = (up - down) / (2 * eps);
                }
            }
            double scale = 1e-6;
            double diff = 0;
            for (int j = 0; j < data.length; j++) {
                scale = Math.max(scale, Math.max(Math.abs(analytic[j]), Math.abs(numeric[j])));
                diff = Math.max(diff, Math.abs(analytic[j] - numeric[j]));
            }
            worst = Math.max(worst, diff / scale);
        }
        return worst;
    }

    private static double loss(Tensor y, float[] g) {
        double s = 0;
        float[] d = y.data();
        for (int i = 0; i < d.length; i++) {
            s += (double) d[i] * g[i];
        }
        return s;
    }

    /** A tensor of standard normal values that requires grad. */
    public static Tensor randn(long seed, int... shape) {
        return Tensor.randn(new java.util.SplittableRandom(seed), shape).requiresGrad(true);
    }

    /**
     * A tensor whose values are a random permutation of {@code spacing * (k - n/2)}: all
     * distinct and at least {@code spacing} apart, so max/ReLU kinks and ties stay farther
     * than eps from every element.
     */
    public static Tensor separated(long seed, float spacing, int... shape) {
        Tensor t = Tensor.zeros(shape);
        float[] d = t.data();
        int n = d.length;
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        RandomGenerator rng = new java.util.SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int tmp = perm[i];
            perm[i] = perm[j];
            perm[j] = tmp;
        }
        for (int i = 0; i < n; i++) {
            d[i] = spacing * (perm[i] - n / 2 + 0.5f);
        }
        return t.requiresGrad(true);
    }
}
