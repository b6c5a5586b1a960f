package io.github.ser4j.nn.attention;

import io.github.ser4j.nn.tensor.Tensor;
import io.github.ser4j.nn.testing.TorchGolden;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.SplittableRandom;

import static io.github.ser4j.nn.testing.GradCheck.maxRelativeError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** nn.MultiheadAttention parity (mha_self_8x2.npz) and finite-difference gradient checks. */
class MultiheadAttentionTest {
    private static void load(MultiheadAttention m, TorchGolden g) {
        for (Map.Entry<String, Tensor> e : m.namedParameters().entrySet()) {
            float[] v = g.tensor(e.getKey().replace('.', '_')).data();
            System.arraycopy(v, 0, e.getValue().data(), 0, v.length);
        }
    }

    @Test
    void selfAttentionMatchesPytorchOutputsWeightsAndGradients() {
        TorchGolden g = TorchGolden.load("mha_self_8x2.npz");
        MultiheadAttention m = new MultiheadAttention(8, 2, 0f, new SplittableRandom(1));
        assertThat(m.namedParameters().keySet())
                .containsExactly("in_proj_weight", "in_proj_bias", "out_proj.weight", "out_proj.bias");
        load(m, g);
        Tensor x = g.tensor("x").requiresGrad(true);
        AttentionResult r = m.attend(x, x, x, null, true);
        r.output().backward(g.tensor("g").data());
        double worst = 0;
        worst = Math.max(worst, check("y", r.output().data(), g.values("y")));
        worst = Math.max(worst, check("attn", r.weights().data(), g.values("attn")));
        worst = Math.max(worst, check("dx", x.grad(), g.values("dx")));
        for (Map.Entry<String, Tensor> e : m.namedParameters().entrySet()) {
            String key = "grad_" + e.getKey().replace('.', '_');
            worst = Math.max(worst, check(key, e.getValue().grad(), g.values(key)));
        }
        System.out.printf("mha_self_8x2: worst relative error %.3g%n", worst);
    }

    private static double check(String key, float[] actual, double[] expected) {
        double e = TorchGolden.relErrToMax(actual, expected);
        assertThat(e).as(key).isLessThan(1e-4);
        return e;
    }

    @Test
    void crossAttentionGradientsMatchFiniteDifferences() {
        MultiheadAttention m = new MultiheadAttention(6, 3, 0f, new SplittableRandom(2));
        SplittableRandom rng = new SplittableRandom(3);
        Tensor q = Tensor.randn(rng, 2, 4, 6).requiresGrad(true);
        Tensor kv = Tensor.randn(rng, 2, 5, 6).requiresGrad(true);
        Tensor[] in = {q, kv, m.namedParameters().get("in_proj_weight"), m.namedParameters().get("in_proj_bias"),
                m.namedParameters().get("out_proj.weight"), m.namedParameters().get("out_proj.bias")};
        double e = maxRelativeError(a -> m.attend(a[0], a[1], a[1], null, true).output(), in, 1e-2, 5);
        System.out.printf("cross-attention gradient check: max relative error %.3g%n", e);
        assertThat(e).isLessThan(3e-3);
        double w = maxRelativeError(a -> m.attend(a[0], a[1], a[1], null, false).weights(), in, 1e-2, 6);
        assertThat(w).isLessThan(3e-3);
    }

    @Test
    void paddedKeysGetZeroWeightAndWeightsSumToOne() {
        MultiheadAttention m = new MultiheadAttention(4, 2, 0f, new SplittableRandom(4));
        Tensor x = Tensor.randn(new SplittableRandom(5), 2, 3, 4);
        boolean[][] pad = {{false, false, true}, {false, true, true}};
        AttentionResult r = m.attend(x, x, x, pad, true);
        float[] w = r.weights().data();
        for (int b = 0; b < 2; b++) {
            for (int i = 0; i < 3; i++) {
                double sum = 0;
                for (int j = 0; j < 3; j++) {
                    float v = w[(b * 3 + i) * 3 + j];
                    if (pad[b][j]) {
                        assertThat(v).isZero();
                    }
                    sum += v;
                }
                assertThat(sum).isCloseTo(1.0, within(1e-6));
            }
        }
        // Row 1 keeps only key 0: its first query must equal attending over that key alone.
        AttentionResult shorter = m.attend(x.slice(0, 1, 2).slice(1, 0, 1), x.slice(0, 1, 2).slice(1, 0, 1),
                x.slice(0, 1, 2).slice(1, 0, 1), null, true);
        float[] full = r.output().data();
        for (int c = 0; c < 4; c++) {
            assertThat(full[3 * 4 + c]).isCloseTo(shorter.output().data()[c], within(1e-5f));
        }
    }
}
