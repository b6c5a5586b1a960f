package io.github.ser4j.nn.recurrent;

import io.github.ser4j.nn.tensor.Tensor;
import io.github.ser4j.nn.testing.TorchGolden;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * LSTM and GRU against PyTorch 1.13 (float64 goldens): outputs, final states, dx and every
 * parameter gradient, with loss {@code sum(y * g)}. Errors are relative to each array's
 * largest magnitude.
 */
class RecurrentGoldenTest {
    private static final double TOL = 1e-4;

    private static double check(String golden, RecurrentLayer layer) {
        TorchGolden g = TorchGolden.load(golden);
        Map<String, Tensor> params = layer.namedParameters();
        for (Map.Entry<String, Tensor> e : params.entrySet()) {
            float[] v = g.tensor(e.getKey()).data();
            assertThat(v.length).as(e.getKey()).isEqualTo(e.getValue().numel());
            System.arraycopy(v, 0, e.getValue().data(), 0, v.length);
        }
        Tensor x = g.tensor("x").requiresGrad(true);
        RecurrentResult r = layer.forward(x, null, null);
        float[] up = g.tensor("g").data();
        r.output().backward(up);

        double worst = 0;
        worst = Math.max(worst, report(golden, "y", r.output().data(), g.values("y")));
        worst = Math.max(worst, report(golden, "h_n", r.hN().data(), g.values("h_n")));
        if (g.has("c_n")) {
            worst = Math.max(worst, report(golden, "c_n", r.cN().data(), g.values("c_n")));
        }
        worst = Math.max(worst, report(golden, "dx", x.grad(), g.values("dx")));
        for (Map.Entry<String, Tensor> e : params.entrySet()) {
            worst = Math.max(worst, report(golden, "grad_" + e.getKey(), e.getValue().grad(),
                    g.values("grad_" + e.getKey())));
        }
        System.out.printf("%s: worst relative error %.3g%n", golden, worst);
        return worst;
    }

    private static double report(String golden, String key, float[] actual, double[] expected) {
        double e = TorchGolden.relErrToMax(actual, expected);
        assertThat(e).as("%s %s", golden, key).isLessThan(TOL);
        return e;
    }

    @Test
    void singleLayerLstmMatchesPytorch() {
        check("lstm_1layer.npz", new Lstm(RecurrentConfig.of(4, 5), new SplittableRandom(1)));
    }

    @Test
    void bidirectionalTwoLayerLstmMatchesPytorch() {
        check("lstm_bi_2layer.npz", new Lstm(RecurrentConfig.of(4, 5).withLayers(2).withBidirectional(true),
                new SplittableRandom(1)));
    }

    @Test
    void bidirectionalGruMatchesPytorch() {
        check("gru_bi_1layer.npz", new Gru(RecurrentConfig.of(4, 5).withBidirectional(true), new SplittableRandom(1)));
    }

    @Test
    void parameterNamesAndOrderFollowPytorch() {
        Lstm lstm = new Lstm(RecurrentConfig.of(4, 5).withLayers(2).withBidirectional(true), new SplittableRandom(1));
        assertThat(lstm.namedParameters().keySet()).containsExactly(
                "weight_ih_l0", "weight_hh_l0", "bias_ih_l0", "bias_hh_l0",
                "weight_ih_l0_reverse", "weight_hh_l0_reverse", "bias_ih_l0_reverse", "bias_hh_l0_reverse",
                "weight_ih_l1", "weight_hh_l1", "bias_ih_l1", "bias_hh_l1",
                "weight_ih_l1_reverse", "weight_hh_l1_reverse", "bias_ih_l1_reverse", "bias_hh_l1_reverse");
        assertThat(lstm.namedParameters().get("weight_ih_l1").shape()).containsExactly(20, 10);
    }
}
