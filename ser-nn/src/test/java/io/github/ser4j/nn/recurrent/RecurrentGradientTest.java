package io.github.ser4j.nn.recurrent;

import io.github.ser4j.nn.ops.Concat;
import io.github.ser4j.nn.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;
import java.util.function.Function;

import static io.github.ser4j.nn.testing.GradCheck.maxRelativeError;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finite-difference checks of the fused BPTT of {@link LstmSequence} and {@link GruSequence}
 * over 6 time steps, with respect to the input, all weights and biases and the initial
 * states, through every output (the sequence, h_n, c_n), in both directions. Central
 * differences with eps = 1e-2 in float32: truncation error ~eps^2 and rounding ~1e-7/eps
 * keep the measured error at 5e-5..7e-4; 3e-3 relative to the largest gradient is the bound.
 */
class RecurrentGradientTest {
    private static final double EPS = 1e-2;
    private static final double TOL = 3e-3;
    private static final int B = 2;
    private static final int T = 6;
    private static final int F = 3;
    private static final int H = 4;

    private static Tensor rand(SplittableRandom rng, float scale, int... shape) {
        Tensor t = Tensor.zeros(shape);
        for (int i = 0; i < t.numel(); i++) {
            t.data()[i] = (float) (scale * rng.nextGaussian());
        }
        return t.requiresGrad(true);
    }

    private static Tensor[] inputs(int gates, boolean cell, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        return new Tensor[] {rand(rng, 1f, B, T, F), rand(rng, 0.5f, gates * H, F), rand(rng, 0.5f, gates * H, H),
                rand(rng, 0.3f, gates * H), rand(rng, 0.3f, gates * H), rand(rng, 0.5f, B, H),
                cell ? rand(rng, 0.5f, B, H) : null};
    }

    private static double lstm(boolean reverse, Function<LstmSequence.Result, Tensor> pick) {
        Tensor[] in = inputs(4, true, reverse ? 2 : 1);
        double e = maxRelativeError(a -> pick.apply(LstmSequence.apply(a[0], a[1], a[2], a[3], a[4], a[5], a[6],
                reverse)), in, EPS, 7);
        System.out.printf("LSTM reverse=%s: max relative error %.3g%n", reverse, e);
        return e;
    }

    private static double gru(boolean reverse, Function<GruSequence.Result, Tensor> pick) {
        Tensor[] in = inputs(3, false, reverse ? 4 : 3);
        Tensor[] six = java.util.Arrays.copyOf(in, 6);
        double e = maxRelativeError(a -> pick.apply(GruSequence.apply(a[0], a[1], a[2], a[3], a[4], a[5], reverse)),
                six, EPS, 7);
        System.out.printf("GRU reverse=%s: max relative error %.3g%n", reverse, e);
        return e;
    }

    @Test
    void lstmSequenceOutputGradientsMatchFiniteDifferences() {
        assertThat(lstm(false, LstmSequence.Result::output)).isLessThan(TOL);
        assertThat(lstm(true, LstmSequence.Result::output)).isLessThan(TOL);
    }

    @Test
    void lstmFinalStatesGradientsMatchFiniteDifferences() {
        // h_n and c_n together: the c_n path seeds the last step's cell gradient.
        assertThat(lstm(false, r -> Concat.apply(1, r.hN(), r.cN()))).isLessThan(TOL);
        assertThat(lstm(true, r -> Concat.apply(1, r.hN(), r.cN()))).isLessThan(TOL);
    }

    @Test
    void lstmCellStateAloneStillDrivesTheBackwardPass() {
        assertThat(lstm(false, LstmSequence.Result::cN)).isLessThan(TOL);
    }

    @Test
    void gruSequenceAndFinalStateGradientsMatchFiniteDifferences() {
        assertThat(gru(false, GruSequence.Result::output)).isLessThan(TOL);
        assertThat(gru(true, GruSequence.Result::output)).isLessThan(TOL);
        assertThat(gru(false, GruSequence.Result::hN)).isLessThan(TOL);
    }

    @Test
    void stackedBidirectionalLayerGradientsMatchFiniteDifferences() {
        for (RecurrentLayer layer : new RecurrentLayer[] {
                new Lstm(RecurrentConfig.of(F, H).withLayers(2).withBidirectional(true), new SplittableRandom(5)),
                new Gru(RecurrentConfig.of(F, H).withLayers(2).withBidirectional(true), new SplittableRandom(6))}) {
            Tensor x = rand(new SplittableRandom(9), 1f, B, T, F);
            Tensor[] in = new Tensor[1 + layer.namedParameters().size()];
            in[0] = x;
            int i = 1;
            for (Tensor p : layer.namedParameters().values()) {
                in[i++] = p;
            }
            double err = maxRelativeError(a -> layer.forward(a[0], null, null).output(), in, EPS, 11);
            System.out.printf("%s 2-layer bidirectional: max relative error %.3g%n", layer.getClass().getSimpleName(), err);
            assertThat(err).as(layer.getClass().getSimpleName()).isLessThan(TOL);
        }
    }

    @Test
    void outputModesSelectTheLastStepOrTheFinalStates() {
        Lstm seq = new Lstm(RecurrentConfig.of(F, H).withBidirectional(true), new SplittableRandom(3));
        Tensor x = rand(new SplittableRandom(4), 1f, B, T, F);
        RecurrentResult r = seq.forward(x, null, null);
        Lstm last = new Lstm(seq.config().withOutput(RecurrentOutput.LAST_STEP), new SplittableRandom(3));
        Lstm fin = new Lstm(seq.config().withOutput(RecurrentOutput.FINAL_STATE), new SplittableRandom(3));
        float[] l = last.forward(x).data();
        float[] f = fin.forward(x).data();
        for (int b = 0; b < B; b++) {
            for (int j = 0; j < 2 * H; j++) {
                // Last step: output[:, T-1, :]; final state: forward h at T-1, backward h at 0.
                assertThat(l[b * 2 * H + j]).isEqualTo(r.output().data()[(b * T + T - 1) * 2 * H + j]);
                int t = j < H ? T - 1 : 0;
                assertThat(f[b * 2 * H + j]).isEqualTo(r.output().data()[(b * T + t) * 2 * H + j]);
            }
        }
    }

    @Test
    void carryingTheStateAcrossChunksEqualsOneLongSequence() {
        Gru gru = new Gru(RecurrentConfig.of(F, H).withLayers(2), new SplittableRandom(8));
        Lstm lstm = new Lstm(RecurrentConfig.of(F, H).withLayers(2), new SplittableRandom(8));
        Tensor x = rand(new SplittableRandom(10), 1f, B, T, F);
        for (RecurrentLayer layer : new RecurrentLayer[] {gru, lstm}) {
            RecurrentResult whole = layer.forward(x, null, null);
            RecurrentResult a = layer.forward(x.slice(1, 0, 2), null, null);
            RecurrentResult b = layer.forward(x.slice(1, 2, T), a.hN(), a.cN());
            float[] w = whole.output().data();
            float[] tail = b.output().data();
            for (int bb = 0; bb < B; bb++) {
                for (int t = 2; t < T; t++) {
                    for (int j = 0; j < H; j++) {
                        assertThat(tail[(bb * (T - 2) + t - 2) * H + j])
                                .isCloseTo(w[(bb * T + t) * H + j], org.assertj.core.api.Assertions.within(1e-6f));
                    }
                }
            }
        }
    }

    @Test
    void singleStepSingleSampleLayersWithoutBiasHaveCorrectGradients() {
        for (int steps : new int[] {1, 3}) {
            RecurrentConfig cfg = new RecurrentConfig(F, H, 2, true, false, 0f, RecurrentOutput.SEQUENCE);
            for (RecurrentLayer layer : new RecurrentLayer[] {new Lstm(cfg, new SplittableRandom(12)),
                    new Gru(cfg, new SplittableRandom(13))}) {
                assertThat(layer.namedParameters().keySet()).noneMatch(k -> k.startsWith("bias"));
                Tensor[] in = new Tensor[1 + layer.namedParameters().size()];
                in[0] = rand(new SplittableRandom(14), 1f, 1, steps, F);
                int i = 1;
                for (Tensor p : layer.namedParameters().values()) {
                    in[i++] = p;
                }
                double err = maxRelativeError(a -> layer.forward(a[0], null, null).output(), in, EPS, 15);
                assertThat(err).as("%s T=%d", layer.getClass().getSimpleName(), steps).isLessThan(TOL);
            }
        }
    }

    @Test
    void badShapesAreRejectedWithTheShapeInTheMessage() {
        Lstm lstm = new Lstm(RecurrentConfig.of(F, H), new SplittableRandom(1));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> lstm.forward(Tensor.zeros(B, T, F + 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[2, 6, 4]");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> lstm.forward(Tensor.zeros(B, T, F), Tensor.zeros(1, B + 1, H), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("h0");
    }

    @Test
    void interLayerDropoutActsOnlyInTraining() {
        RecurrentConfig cfg = RecurrentConfig.of(F, H).withLayers(2).withDropout(0.5f);
        Lstm dropped = new Lstm(cfg, new SplittableRandom(21));
        Lstm plain = new Lstm(cfg.withDropout(0f), new SplittableRandom(21));
        Tensor x = rand(new SplittableRandom(22), 1f, B, T, F);
        float[] reference = plain.forward(x).data();
        dropped.eval();
        assertThat(dropped.forward(x).data()).containsExactly(reference);
        dropped.train();
        assertThat(dropped.forward(x).data()).isNotEqualTo(reference);
    }
}
