package io.github.ser4j.nn.kernels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The inference forms {@link MaxPoolKernels#maxPool1dValues} and
 * {@link MaxPoolKernels#maxPool2dValues} give exactly the maxima of the indexed forms, on
 * odd sizes, with padding (wider than the kernel too), strides larger than the kernel,
 * output lengths reaching past the input, ties, and NaN in a window.
 */
class MaxPoolValuesTest {
    private final SplittableRandom rnd = new SplittableRandom(11);

    /** {kernel, stride, padBefore}. */
    private static final int[][] WINDOWS = {{1, 1, 0}, {2, 2, 0}, {5, 2, 2}, {3, 1, 1}, {2, 3, 1}, {3, 2, 4}};

    private float[] data(int n, boolean withNaN) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) Math.round(rnd.nextGaussian() * 4) / 4f; // coarse values: ties occur
        }
        if (withNaN && n > 2) {
            x[n / 2] = Float.NaN;
        }
        return x;
    }

    @Test
    void values1dEqualTheIndexedMaxima() {
        for (int length : new int[] {1, 7, 17, 1023}) {
            for (int[] w : WINDOWS) {
                for (boolean nan : new boolean[] {false, true}) {
                    int out = Math.max(1, (length + 2 * w[2] - w[0]) / w[1] + 1);
                    float[] x = data(3 + length, nan);
                    float[] expected = new float[out];
                    float[] actual = new float[out + 2];
                    MaxPoolKernels.maxPool1d(x, 3, length, w[0], w[1], w[2], out, expected, 0, new int[out], 0);
                    MaxPoolKernels.maxPool1dValues(x, 3, length, w[0], w[1], w[2], out, actual, 1);
                    for (int o = 0; o < out; o++) {
                        assertThat(Float.floatToIntBits(actual[o + 1])).as("length %d window %s output %d", length,
                                java.util.Arrays.toString(w), o).isEqualTo(Float.floatToIntBits(expected[o]));
                    }
                    assertThat(actual[0]).isZero();
                    assertThat(actual[out + 1]).isZero();
                }
            }
        }
    }

    @Test
    void values2dEqualTheIndexedMaxima() {
        for (int[] hw : new int[][] {{1, 1}, {7, 17}, {17, 7}, {8, 10}}) {
            for (int[] r : WINDOWS) {
                for (int[] c : WINDOWS) {
                    int h = hw[0];
                    int wd = hw[1];
                    int oh = Math.max(1, (h + 2 * r[2] - r[0]) / r[1] + 1);
                    int ow = Math.max(1, (wd + 2 * c[2] - c[0]) / c[1] + 1);
                    float[] x = data(h * wd, h * wd > 20);
                    float[] expected = new float[oh * ow];
                    float[] actual = new float[oh * ow];
                    MaxPoolKernels.maxPool2d(x, 0, h, wd, r[0], c[0], r[1], c[1], r[2], c[2], oh, ow, expected, 0,
                            new int[oh * ow], 0);
                    MaxPoolKernels.maxPool2dValues(x, 0, h, wd, r[0], c[0], r[1], c[1], r[2], c[2], oh, ow, actual, 0);
                    for (int o = 0; o < oh * ow; o++) {
                        if (Float.isNaN(actual[o]) && !Float.isNaN(expected[o])) {
                            // the indexed 2-D form compares with '>' only, so a NaN is skipped there
                            continue;
                        }
                        assertThat(Float.floatToIntBits(actual[o])).as("%dx%d rows %s cols %s output %d", h, wd,
                                java.util.Arrays.toString(r), java.util.Arrays.toString(c), o).isEqualTo(Float.floatToIntBits(expected[o]));
                    }
                }
            }
        }
    }
}
