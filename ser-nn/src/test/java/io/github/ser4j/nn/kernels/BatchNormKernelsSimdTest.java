package io.github.ser4j.nn.kernels;

import static io.github.ser4j.nn.kernels.KernelTesting.random;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link VectorBatchNorm} against the scalar twins in {@link BatchNormKernels}. */
class BatchNormKernelsSimdTest {
    private final SplittableRandom rnd = new SplittableRandom(13);

    @AfterEach
    void restore() {
        Simd.setEnabled(true);
    }

    @Test
    void vectorStatisticsMatchScalarAndDoubleReferenceEvenWithLargeOffset() {
        int batch = 3;
        int channels = 2;
        for (int spatial : new int[]{8, 9, 17, 1023, 2100}) {
            float[] x = random(rnd, batch * channels * spatial, 1);
            for (int i = 0; i < x.length; i++) {
                x[i] += 1000f; // a large mean: naive float sum-of-squares would lose the variance
            }
            float[] ms = new float[channels];
            float[] vs = new float[channels];
            float[] mv = new float[channels];
            float[] vv = new float[channels];
            BatchNormKernels.statisticsScalar(x, batch, channels, spatial, ms, vs);
            VectorBatchNorm.statistics(x, batch, channels, spatial, mv, vv);
            for (int c = 0; c < channels; c++) {
                double mu = 0;
                for (int n = 0; n < batch; n++) {
                    for (int s = 0; s < spatial; s++) {
                        mu += x[(n * channels + c) * spatial + s];
                    }
                }
                mu /= batch * spatial;
                double var = 0;
                for (int n = 0; n < batch; n++) {
                    for (int s = 0; s < spatial; s++) {
                        double d = x[(n * channels + c) * spatial + s] - mu;
                        var += d * d;
                    }
                }
                var /= batch * spatial;
                assertThat((double) mv[c]).as("mean spatial=" + spatial).isCloseTo(mu, Offset.offset(1e-4));
                assertThat((double) ms[c]).isCloseTo(mu, Offset.offset(1e-4));
                assertThat((double) vv[c]).as("var spatial=" + spatial).isCloseTo(var, Offset.offset(1e-4 * var));
                assertThat((double) vs[c]).isCloseTo(var, Offset.offset(1e-4 * var));
            }
        }
    }

    @Test
    void vectorBackwardMatchesScalarTwinInTrainingAndEval() {
        int batch = 2;
        int channels = 3;
        for (int spatial : new int[]{8, 17, 1023, 2100}) {
            for (boolean training : new boolean[]{true, false}) {
                int len = batch * channels * spatial;
                float[] x = random(rnd, len, 2);
                float[] g = random(rnd, len, 1);
                float[] mean = random(rnd, channels, 0.1);
                float[] invStd = {0.9f, 1.3f, 2f};
                float[] gamma = {1.5f, -0.5f, 1f};
                float[] gxs = random(rnd, len, 1);
                float[] gxv = gxs.clone();
                float[] ggs = {0.1f, 0.2f, 0.3f};
                float[] ggv = ggs.clone();
                float[] gbs = {1f, 2f, 3f};
                float[] gbv = gbs.clone();
                BatchNormKernels.backwardScalar(x, g, batch, channels, spatial, mean, invStd, gamma, training, gxs, ggs, gbs);
                VectorBatchNorm.backward(x, g, batch, channels, spatial, mean, invStd, gamma, training, gxv, ggv, gbv);
                KernelTesting.assertClose(gxv, gxs, 1e-5, "gx spatial=" + spatial);
                KernelTesting.assertClose(ggv, ggs, 1e-6 * spatial * batch, "dgamma");
                KernelTesting.assertClose(gbv, gbs, 1e-6 * spatial * batch, "dbeta");
            }
        }
    }

    @Test
    void facadeHonoursTheScalarSwitch() {
        int batch = 2, channels = 2, spatial = 100;
        float[] x = random(rnd, batch * channels * spatial, 1);
        float[] me = new float[2];
        float[] ve = new float[2];
        BatchNormKernels.statisticsScalar(x, batch, channels, spatial, me, ve);
        Simd.setEnabled(false);
        float[] m = new float[2];
        float[] v = new float[2];
        BatchNormKernels.statistics(x, batch, channels, spatial, m, v);
        assertThat(m).containsExactly(me);
        assertThat(v).containsExactly(ve);
    }
}
