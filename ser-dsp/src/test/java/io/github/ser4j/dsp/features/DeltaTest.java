package io.github.ser4j.dsp.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.ser4j.dsp.spectral.Golden;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DeltaTest {

    @ParameterizedTest(name = "order={0}")
    @ValueSource(ints = {1, 2})
    void deltaOfLibrosaMfccMatchesLibrosa(int order) {
        float[][] mfcc = Golden.load("mfcc40").toFloatMatrix();
        Golden.assertClose("delta_mfcc40_o" + order, Delta.compute(mfcc, 9, order), 1e-5);
    }

    @ParameterizedTest(name = "order={0}")
    @ValueSource(ints = {1, 2})
    void deltaOfOurMfccMatchesLibrosa(int order) {
        float[][] mfcc = Features.mfcc(Golden.signal22050(), 22050, 40);
        Golden.assertClose("delta_mfcc40_o" + order, Features.delta(mfcc, 9, order), 1e-4);
    }

    @Test
    void derivativesOfPolynomialsAreExactEverywhereIncludingEdges() {
        // a quadratic is fitted exactly, so its first and second derivative come out exact
        int n = 30;
        float[][] x = new float[1][n];
        for (int t = 0; t < n; t++) {
            x[0][t] = 0.5f * t * t - 3 * t + 2;
        }
        float[][] d2 = Delta.compute(x, 7, 2);
        float[][] d1 = Delta.compute(x, 5, 2 - 1);
        for (int t = 0; t < n; t++) {
            assertThat(d2[0][t]).isCloseTo(1f, within(1e-3f));
        }
        float[][] line = new float[1][n];
        for (int t = 0; t < n; t++) {
            line[0][t] = 4 * t - 7;
        }
        for (float v : Delta.compute(line, 9, 1)[0]) {
            assertThat(v).isCloseTo(4f, within(1e-4f));
        }
        // interior first-order delta of a quadratic is its exact derivative t - 3
        for (int t = 2; t < n - 2; t++) {
            assertThat(d1[0][t]).isCloseTo(t - 3f, within(1e-3f));
        }
    }

    @Test
    void badArgumentsNameTheValue() {
        float[][] x = new float[2][20];
        assertThatThrownBy(() -> Delta.compute(x, 4, 1)).hasMessageContaining("width").hasMessageContaining("4");
        assertThatThrownBy(() -> Delta.compute(x, 9, 0)).hasMessageContaining("order").hasMessageContaining("0");
        assertThatThrownBy(() -> Delta.compute(new float[2][5], 9, 1)).hasMessageContaining("width=9")
                .hasMessageContaining("5");
    }
}
