package io.github.ser4j.dsp.spectral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FastLog10Test {

    @Test
    void agreesWithMathLog10AcrossTheDoubleRange() {
        SplittableRandom r = new SplittableRandom(11);
        double worst = 0;
        for (int i = 0; i < 200_000; i++) {
            double x = Math.pow(10, r.nextDouble(-300, 300)) * (1 + r.nextDouble());
            double want = Math.log10(x);
            double err = Math.abs(FastLog10.log10(x) - want) / (1 + Math.abs(want));
            worst = Math.max(worst, err);
        }
        for (double x : new double[] {1e-10, 0.5, 1, Math.sqrt(2), Math.nextUp(Math.sqrt(2)), 2, 10, 1e10, 44461.7}) {
            worst = Math.max(worst, Math.abs(FastLog10.log10(x) - Math.log10(x)) / (1 + Math.abs(Math.log10(x))));
        }
        System.out.printf("FastLog10 worst relative error %.2e%n", worst);
        assertThat(worst).isLessThan(1e-12);
    }

    @Test
    void specialValuesFallBackToMathLog10() {
        assertThat(FastLog10.log10(0.0)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(FastLog10.log10(Double.POSITIVE_INFINITY)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(FastLog10.log10(Double.NaN)).isNaN();
        assertThat(FastLog10.log10(Double.MIN_VALUE)).isEqualTo(Math.log10(Double.MIN_VALUE));
        assertThat(FastLog10.log10(1.0)).isEqualTo(0.0);
    }
}
