package io.github.ser4j.nn.kernels;

import static io.github.ser4j.nn.kernels.KernelTesting.assertClose;
import static io.github.ser4j.nn.kernels.KernelTesting.random;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link VectorLayerNorm} against the scalar twins in {@link LayerNormKernels}. */
class LayerNormKernelsSimdTest {
    private final SplittableRandom rnd = new SplittableRandom(17);

    @Test
    void vectorForwardAndBackwardMatchScalarTwinsWithAndWithoutAffine() {
        int rows = 3;
        for (int d : new int[]{8, 9, 17, 64, 1023, 2100}) {
            for (boolean affine : new boolean[]{true, false}) {
                float[] x = random(rnd, rows * d, 3);
                for (int i = 0; i < x.length; i++) {
                    x[i] += 50f;
                }
                float[] gamma = affine ? random(rnd, d, 2) : null;
                float[] beta = affine ? random(rnd, d, 1) : null;
                float[] ys = new float[x.length];
                float[] yv = new float[x.length];
                float[] ms = new float[rows];
                float[] mv = new float[rows];
                float[] iss = new float[rows];
                float[] isv = new float[rows];
                LayerNormKernels.forwardScalar(x, ys, rows, d, gamma, beta, 1e-5f, ms, iss);
                VectorLayerNorm.forward(x, yv, rows, d, gamma, beta, 1e-5f, mv, isv);
                assertClose(mv, ms, 1e-5, "mean d=" + d);
                assertClose(isv, iss, 1e-6 * iss[0], "invStd d=" + d);
                assertClose(yv, ys, 2e-5, "y d=" + d);

                float[] g = random(rnd, x.length, 1);
                float[] gxs = random(rnd, x.length, 1);
                float[] gxv = gxs.clone();
                float[] ggs = affine ? random(rnd, d, 1) : null;
                float[] ggv = affine ? ggs.clone() : null;
                float[] gbs = affine ? random(rnd, d, 1) : null;
                float[] gbv = affine ? gbs.clone() : null;
                LayerNormKernels.backwardScalar(x, g, rows, d, gamma, ms, iss, gxs, ggs, gbs);
                VectorLayerNorm.backward(x, g, rows, d, gamma, ms, iss, gxv, ggv, gbv);
                assertClose(gxv, gxs, 2e-5, "gx d=" + d);
                if (affine) {
                    assertClose(ggv, ggs, 1e-5, "gGamma d=" + d);
                    assertClose(gbv, gbs, 1e-6, "gBeta d=" + d);
                }
            }
        }
    }
}
