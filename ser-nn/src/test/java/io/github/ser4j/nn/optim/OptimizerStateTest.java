package io.github.ser4j.nn.optim;

import io.github.ser4j.nn.io.NpyArray;
import io.github.ser4j.nn.io.StateMismatchException;
import io.github.ser4j.nn.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A run resumed from a saved optimizer state continues exactly as the uninterrupted run. */
class OptimizerStateTest {
    private static Map<String, Tensor> params() {
        Map<String, Tensor> m = new LinkedHashMap<>();
        m.put("w", Tensor.of(new float[]{0.5f, -1f, 2f, 0.25f}, 2, 2).requiresGrad(true));
        m.put("b", Tensor.of(new float[]{0.1f, 0.2f}, 2).requiresGrad(true));
        return m;
    }

    private static void fakeGrad(Map<String, Tensor> ps, int t) {
        int k = 0;
        for (Tensor p : ps.values()) {
            float[] g = p.gradOrAllocate();
            for (int i = 0; i < g.length; i++) {
                g[i] = (float) Math.sin(1.3 * t + 0.7 * k++) + 0.2f * p.data()[i];
            }
        }
    }

    private static void resumesBitExactly(Function<Map<String, Tensor>, Optimizer> make) throws Exception {
        Map<String, Tensor> a = params();
        Optimizer oa = make.apply(a);
        for (int t = 0; t < 3; t++) {
            fakeGrad(a, t);
            oa.step();
        }
        oa.setLearningRate(oa.learningRate() * 0.5);
        oa.setMomentum(0.8);
        Map<String, NpyArray> saved = oa.stateDict();

        Map<String, Tensor> b = params();
        for (String k : a.keySet()) {
            System.arraycopy(a.get(k).data(), 0, b.get(k).data(), 0, a.get(k).numel());
        }
        Optimizer ob = make.apply(b);
        ob.loadStateDict(saved);
        assertThat(ob.learningRate()).isEqualTo(oa.learningRate());
        assertThat(ob.momentum()).isEqualTo(0.8);
        for (int t = 3; t < 6; t++) {
            fakeGrad(a, t);
            oa.step();
            fakeGrad(b, t);
            ob.step();
        }
        for (String k : a.keySet()) {
            assertThat(b.get(k).data()).as(k).containsExactly(a.get(k).data());
        }
    }

    @Test
    void sgdStateRoundTripResumesExactly() throws Exception {
        resumesBitExactly(ps -> new Sgd(ps, new SgdConfig(0.1, 0.9, 0.1, 1e-3, false)));
    }

    @Test
    void adamStateRoundTripResumesExactly() throws Exception {
        resumesBitExactly(ps -> new Adam(ps, AdamConfig.of(1e-2)));
    }

    @Test
    void adamWStateRoundTripResumesExactly() throws Exception {
        resumesBitExactly(ps -> new AdamW(ps, AdamConfig.adamW(1e-2)));
    }

    @Test
    void loadingAStateForOtherParametersNamesTheOffendingBuffer() {
        Map<String, Tensor> a = params();
        Adam opt = new Adam(a, AdamConfig.of(1e-2));
        fakeGrad(a, 0);
        opt.step();
        Map<String, NpyArray> s = new LinkedHashMap<>(opt.stateDict());

        Map<String, NpyArray> wrongShape = new LinkedHashMap<>(s);
        wrongShape.put("w.exp_avg", NpyArray.ofFloats(new float[4], 4));
        assertThatThrownBy(() -> new Adam(params(), AdamConfig.of(1e-2)).loadStateDict(wrongShape))
                .isInstanceOf(StateMismatchException.class).hasMessageContaining("w.exp_avg")
                .hasMessageContaining("[2, 2]");

        Map<String, NpyArray> missing = new LinkedHashMap<>(s);
        missing.remove("b.exp_avg_sq");
        assertThatThrownBy(() -> new Adam(params(), AdamConfig.of(1e-2)).loadStateDict(missing))
                .isInstanceOf(StateMismatchException.class).hasMessageContaining("b.exp_avg_sq")
                .hasMessageContaining("missing");

        Map<String, NpyArray> extra = new LinkedHashMap<>(s);
        extra.put("conv.weight.exp_avg", NpyArray.ofFloats(new float[1], 1));
        assertThatThrownBy(() -> new Adam(params(), AdamConfig.of(1e-2)).loadStateDict(extra))
                .isInstanceOf(StateMismatchException.class).hasMessageContaining("conv.weight.exp_avg")
                .hasMessageContaining("unexpected");
    }
}
