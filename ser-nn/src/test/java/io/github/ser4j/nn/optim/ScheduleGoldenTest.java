package io.github.ser4j.nn.optim;

import io.github.ser4j.nn.io.NpyArray;
import io.github.ser4j.nn.tensor.Tensor;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Learning-rate schedules against the values PyTorch recorded (schedules.npz). */
class ScheduleGoldenTest {
    private static final Map<String, NpyArray> G = GoldenFiles.load("schedules.npz");

    private static Tensor param() {
        Tensor p = Tensor.zeros(1).requiresGrad(true);
        p.gradOrAllocate();
        return p;
    }

    @Test
    void oneCycleRateAndMomentumMatchPytorchAtEveryStep() {
        Sgd opt = new Sgd(List.of(param()), SgdConfig.withMomentum(0.1, 0.9));
        OneCycleLr sched = new OneCycleLr(opt, OneCycleConfig.of(0.01, 100));
        double[] lr = new double[100];
        double[] mom = new double[100];
        for (int i = 0; i < 100; i++) {
            lr[i] = opt.learningRate();
            mom[i] = opt.momentum();
            opt.step();
            sched.step();
        }
        double eLr = GoldenFiles.relErr(lr, G.get("onecycle_lr").toDoubles());
        double eMom = GoldenFiles.relErr(mom, G.get("onecycle_momentum").toDoubles());
        System.out.printf("one-cycle: lr rel err %.3g, momentum rel err %.3g%n", eLr, eMom);
        assertThat(eLr).isLessThan(1e-9);
        assertThat(eMom).isLessThan(1e-9);
        assertThatThrownBy(sched::step).isInstanceOf(IllegalStateException.class).hasMessageContaining("totalSteps");
    }

    @Test
    void oneCycleDrivesAdamBeta1() {
        Adam opt = new Adam(List.of(param()), AdamConfig.of(1e-3));
        new OneCycleLr(opt, OneCycleConfig.of(0.01, 100));
        assertThat(opt.momentum()).isEqualTo(0.95);
        assertThat(opt.learningRate()).isCloseTo(0.01 / 25, within(1e-15));
    }

    @Test
    void reduceOnPlateauMatchesPytorch() {
        Sgd opt = new Sgd(List.of(param()), SgdConfig.of(0.1));
        ReduceLrOnPlateau plateau = new ReduceLrOnPlateau(opt, PlateauConfig.of(MetricMode.MIN).with(0.5, 2, 1e-3));
        double[] metric = G.get("plateau_metric").toDoubles();
        double[] lr = new double[metric.length];
        for (int i = 0; i < metric.length; i++) {
            plateau.step(metric[i]);
            lr[i] = opt.learningRate();
        }
        double e = GoldenFiles.relErr(lr, G.get("plateau_lr").toDoubles());
        System.out.printf("plateau: lr rel err %.3g%n", e);
        assertThat(e).isLessThan(1e-12);
    }

    @Test
    void cosineAnnealingMatchesPytorchIncludingPastTMax() {
        Sgd opt = new Sgd(List.of(param()), SgdConfig.of(0.1));
        CosineAnnealingLr cos = new CosineAnnealingLr(opt, 20, 1e-3);
        double[] lr = new double[30];
        for (int i = 0; i < 30; i++) {
            lr[i] = opt.learningRate();
            opt.step();
            cos.step();
        }
        double e = GoldenFiles.relErr(lr, G.get("cosine_lr").toDoubles());
        System.out.printf("cosine: lr rel err %.3g%n", e);
        assertThat(e).isLessThan(1e-9);
    }

    @Test
    void stepDecayMultipliesByGammaEveryStepSizeSteps() {
        Sgd opt = new Sgd(List.of(param()), SgdConfig.of(0.1));
        StepLr s = new StepLr(opt, 3, 0.5);
        double[] expected = {0.1, 0.1, 0.1, 0.05, 0.05, 0.05, 0.025};
        for (double want : expected) {
            assertThat(opt.learningRate()).isCloseTo(want, within(1e-15));
            s.step();
        }
    }

    @Test
    void plateauInMaxModeWithAbsoluteThresholdAndCooldown() {
        Sgd opt = new Sgd(List.of(param()), SgdConfig.of(1.0));
        ReduceLrOnPlateau p = new ReduceLrOnPlateau(opt, new PlateauConfig(MetricMode.MAX, 0.1, 1, 0.05, false, 2, 0, 1e-8));
        // 0.5 best; 0.52 is not better by the absolute 0.05; two bad epochs > patience 1 -> reduce at the 3rd call.
        assertThat(p.step(0.5)).isFalse();
        assertThat(p.step(0.52)).isFalse();
        assertThat(p.step(0.53)).isTrue();
        assertThat(opt.learningRate()).isCloseTo(0.1, within(1e-15));
        // Cooldown of 2: the next two bad epochs are not counted.
        assertThat(p.step(0.4)).isFalse();
        assertThat(p.step(0.4)).isFalse();
        assertThat(p.step(0.4)).isFalse();
        assertThat(p.step(0.4)).isTrue();
        assertThat(opt.learningRate()).isCloseTo(0.01, within(1e-15));
    }
}
