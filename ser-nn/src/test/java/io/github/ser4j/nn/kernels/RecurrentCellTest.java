package io.github.ser4j.nn.kernels;

import static io.github.ser4j.nn.kernels.KernelTesting.ODD_SIZES;
import static io.github.ser4j.nn.kernels.KernelTesting.assertClose;
import static io.github.ser4j.nn.kernels.KernelTesting.random;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** LSTM and GRU cell kernels: vector vs scalar twin, and the backward vs finite differences. */
class RecurrentCellTest {
    private final SplittableRandom rnd = new SplittableRandom(3);

    @Test
    void lstmVectorMatchesScalarForwardAndBackward() {
        for (int hidden : ODD_SIZES) {
            int batch = 3;
            float[] pre = random(rnd, 4 * batch * hidden, 4);
            float[] cPrev = random(rnd, batch * hidden, 2);
            float[] dh = random(rnd, batch * hidden, 1);
            float[] dc = random(rnd, batch * hidden, 1);
            float[][] s = lstm(false, batch, hidden, pre, cPrev, dh, dc);
            float[][] v = lstm(true, batch, hidden, pre, cPrev, dh, dc);
            String[] names = {"gates", "c", "h", "dPre", "dcPrev"};
            for (int i = 0; i < names.length; i++) {
                assertClose(v[i], s[i], 2e-6, "lstm " + names[i] + " hidden=" + hidden);
            }
        }
    }

    private static float[][] lstm(boolean simd, int batch, int hidden, float[] pre, float[] cPrev, float[] dh, float[] dc) {
        float[] gates = new float[4 * batch * hidden];
        float[] c = new float[batch * hidden];
        float[] h = new float[batch * hidden];
        float[] dPre = new float[4 * batch * hidden];
        float[] dcPrev = new float[batch * hidden];
        if (simd) {
            VectorLstmCell.forward(batch, hidden, pre, 0, cPrev, 0, gates, 0, c, 0, h, 0);
            VectorLstmCell.backward(batch, hidden, gates, 0, cPrev, 0, c, 0, dh, 0, dc, 0, dPre, 0, dcPrev, 0);
        } else {
            ScalarLstmCell.forward(batch, hidden, pre, 0, cPrev, 0, gates, 0, c, 0, h, 0);
            ScalarLstmCell.backward(batch, hidden, gates, 0, cPrev, 0, c, 0, dh, 0, dc, 0, dPre, 0, dcPrev, 0);
        }
        return new float[][]{gates, c, h, dPre, dcPrev};
    }

    /** loss = sum(h * wh) + sum(c * wc), evaluated in float by the scalar forward. */
    private static double lstmLoss(int batch, int hidden, float[] pre, float[] cPrev, float[] wh, float[] wc) {
        float[][] r = lstm(false, batch, hidden, pre, cPrev, wh, wc);
        double loss = 0;
        for (int i = 0; i < wh.length; i++) {
            loss += (double) r[2][i] * wh[i] + (double) r[1][i] * wc[i];
        }
        return loss;
    }

    @Test
    void lstmBackwardMatchesFiniteDifferences() {
        int batch = 2;
        int hidden = 5;
        float[] pre = random(rnd, 4 * batch * hidden, 2);
        float[] cPrev = random(rnd, batch * hidden, 1);
        float[] wh = random(rnd, batch * hidden, 1);
        float[] wc = random(rnd, batch * hidden, 1);
        for (boolean simd : new boolean[]{false, true}) {
            float[][] r = lstm(simd, batch, hidden, pre, cPrev, wh, wc);
            for (int i = 0; i < pre.length; i++) {
                double num = centralDifference(pre, i, () -> lstmLoss(batch, hidden, pre, cPrev, wh, wc));
                assertThat((double) r[3][i]).as("dPre " + i).isCloseTo(num, Offset.offset(2e-3));
            }
            for (int i = 0; i < cPrev.length; i++) {
                double num = centralDifference(cPrev, i, () -> lstmLoss(batch, hidden, pre, cPrev, wh, wc));
                assertThat((double) r[4][i]).as("dcPrev " + i).isCloseTo(num, Offset.offset(2e-3));
            }
        }
    }

    @Test
    void lstmNullCellGradientMeansZero() {
        int batch = 2;
        int hidden = 11;
        float[] pre = random(rnd, 4 * batch * hidden, 2);
        float[] cPrev = random(rnd, batch * hidden, 1);
        float[] dh = random(rnd, batch * hidden, 1);
        for (boolean simd : new boolean[]{false, true}) {
            Simd.setEnabled(simd);
            float[] gates = new float[pre.length];
            float[] c = new float[cPrev.length];
            float[] h = new float[cPrev.length];
            LstmCell.forward(batch, hidden, pre, 0, cPrev, 0, gates, 0, c, 0, h, 0);
            float[] d1 = new float[pre.length];
            float[] d2 = new float[pre.length];
            float[] dcp1 = new float[cPrev.length];
            float[] dcp2 = new float[cPrev.length];
            LstmCell.backward(batch, hidden, gates, 0, cPrev, 0, c, 0, dh, 0, null, 0, d1, 0, dcp1, 0);
            LstmCell.backward(batch, hidden, gates, 0, cPrev, 0, c, 0, dh, 0, new float[cPrev.length], 0, d2, 0, dcp2, 0);
            assertThat(d1).containsExactly(d2);
            assertThat(dcp1).containsExactly(dcp2);
        }
        Simd.setEnabled(true);
    }

    @Test
    void gruVectorForwardMatchesScalar() {
        for (int hidden : ODD_SIZES) {
            int batch = 2;
            float[] gx = random(rnd, 3 * batch * hidden, 3);
            float[] gh = random(rnd, 3 * batch * hidden, 3);
            float[] hPrev = random(rnd, batch * hidden, 1);
            float[] gs = new float[gx.length];
            float[] gv = new float[gx.length];
            float[] hs = new float[hPrev.length];
            float[] hv = new float[hPrev.length];
            ScalarGruCell.forward(batch, hidden, gx, 0, gh, 0, hPrev, 0, gs, 0, hs, 0);
            VectorGruCell.forward(batch, hidden, gx, 0, gh, 0, hPrev, 0, gv, 0, hv, 0);
            assertClose(gv, gs, 2e-6, "gru gates hidden=" + hidden);
            assertClose(hv, hs, 2e-6, "gru h hidden=" + hidden);
        }
    }

    private static double gruLoss(int batch, int hidden, float[] gx, float[] gh, float[] hPrev, float[] w) {
        float[] gates = new float[gx.length];
        float[] h = new float[hPrev.length];
        ScalarGruCell.forward(batch, hidden, gx, 0, gh, 0, hPrev, 0, gates, 0, h, 0);
        double loss = 0;
        for (int i = 0; i < h.length; i++) {
            loss += (double) h[i] * w[i];
        }
        return loss;
    }

    @Test
    void gruBackwardMatchesFiniteDifferences() {
        int batch = 2;
        int hidden = 4;
        float[] gx = random(rnd, 3 * batch * hidden, 2);
        float[] gh = random(rnd, 3 * batch * hidden, 2);
        float[] hPrev = random(rnd, batch * hidden, 1);
        float[] w = random(rnd, batch * hidden, 1);
        float[] gates = new float[gx.length];
        float[] h = new float[hPrev.length];
        GruCell.forward(batch, hidden, gx, 0, gh, 0, hPrev, 0, gates, 0, h, 0);
        float[] dgx = new float[gx.length];
        float[] dgh = new float[gh.length];
        float[] dhp = new float[hPrev.length];
        GruCell.backward(batch, hidden, gates, 0, gh, 0, hPrev, 0, w, 0, dgx, 0, dgh, 0, dhp, 0);
        for (int i = 0; i < gx.length; i++) {
            assertThat((double) dgx[i]).as("dgx " + i)
                    .isCloseTo(centralDifference(gx, i, () -> gruLoss(batch, hidden, gx, gh, hPrev, w)), Offset.offset(2e-3));
            assertThat((double) dgh[i]).as("dgh " + i)
                    .isCloseTo(centralDifference(gh, i, () -> gruLoss(batch, hidden, gx, gh, hPrev, w)), Offset.offset(2e-3));
        }
        // h = (1-z) n + z h_prev: with gh held fixed, dL/dh_prev is exactly the direct part w*z.
        for (int i = 0; i < hPrev.length; i++) {
            assertThat((double) dhp[i]).as("dhPrev " + i)
                    .isCloseTo(centralDifference(hPrev, i, () -> gruLoss(batch, hidden, gx, gh, hPrev, w)), Offset.offset(2e-3));
        }
    }

    private static double centralDifference(float[] x, int i, java.util.function.DoubleSupplier loss) {
        float orig = x[i];
        float eps = 1e-2f;
        x[i] = orig + eps;
        double lp = loss.getAsDouble();
        float up = x[i];
        x[i] = orig - eps;
        double lm = loss.getAsDouble();
        float down = x[i];
        x[i] = orig;
        return (lp - lm) / ((double) up - down);
    }
}
