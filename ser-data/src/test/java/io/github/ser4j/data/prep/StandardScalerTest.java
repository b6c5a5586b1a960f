package io.github.ser4j.data.prep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StandardScalerTest {
    private static float[][] random(int n, int d, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        float[][] x = new float[n][d];
        for (float[] row : x) {
            for (int j = 0; j < d; j++) {
                row[j] = (float) (100 * j + (j + 1) * 3 * rng.nextDouble() - 1);
            }
        }
        return x;
    }

    @Test
    void transformedTrainingColumnsHaveZeroMeanAndUnitPopulationStd() {
        float[][] x = random(257, 5, 1);
        StandardScaler s = StandardScaler.fit(x);
        float[][] z = s.transform(x);
        for (int j = 0; j < 5; j++) {
            double mean = 0;
            for (float[] r : z) {
                mean += r[j];
            }
            mean /= z.length;
            double var = 0;
            for (float[] r : z) {
                var += (r[j] - mean) * (r[j] - mean);
            }
            var /= z.length; // population variance, ddof = 0
            assertThat(mean).isCloseTo(0, within(1e-5));
            assertThat(var).isCloseTo(1, within(1e-5));
        }
    }

    @Test
    void meanAndScaleAreTheTwoPassDoubleStatisticsOfAHandExample() {
        // column 0: 1, 2, 3, 4 -> mean 2.5, population var 1.25; column 1 constant 7
        float[][] x = {{1, 7}, {2, 7}, {3, 7}, {4, 7}};
        StandardScaler s = StandardScaler.fit(x);
        assertThat(s.mean()).containsExactly(2.5, 7.0);
        assertThat(s.variance()).containsExactly(1.25, 0.0);
        assertThat(s.scale()[0]).isEqualTo(Math.sqrt(1.25));
        assertThat(s.scale()[1]).isEqualTo(1.0); // zero variance: scale 1, as scikit-learn
        assertThat(s.transform(new float[] {2.5f, 7f})).containsExactly(0f, 0f);
    }

    @Test
    void nearConstantFeatureWithinRoundingGetsScaleOne() {
        float[][] x = new float[1000][1];
        for (float[] r : x) {
            r[0] = 0.1f;
        }
        assertThat(StandardScaler.fit(x).scale()).containsExactly(1.0);
    }

    @Test
    void aScalerFittedOnTrainingDataAppliesTrainingStatisticsToTestData() {
        float[][] train = random(100, 3, 2);
        float[][] test = random(50, 3, 3);
        StandardScaler s = StandardScaler.fit(train);
        float[] z = s.transform(test[0]);
        for (int j = 0; j < 3; j++) {
            assertThat((double) z[j]).isCloseTo((test[0][j] - s.mean()[j]) / s.scale()[j], within(1e-5));
        }
        assertThat(s.samples()).isEqualTo(100);
        assertThat(s.inverseTransform(z)).usingComparatorWithPrecision(1e-3f).containsExactly(test[0]);
    }

    @Test
    void roundTripsThroughBytesAndStreams() throws IOException {
        StandardScaler s = StandardScaler.fit(random(40, 7, 4));
        assertThat(StandardScaler.fromBytes(s.toBytes())).isEqualTo(s);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.writeTo(out);
        out.write(42); // trailing data is left unread
        assertThat(StandardScaler.readFrom(new java.io.ByteArrayInputStream(out.toByteArray()))).isEqualTo(s);
    }

    @Test
    void rejectsCorruptBytesWithTypedErrors() {
        byte[] good = StandardScaler.fit(random(10, 3, 5)).toBytes();
        byte[] badMagic = good.clone();
        badMagic[0] = 'X';
        assertThatThrownBy(() -> StandardScaler.fromBytes(badMagic)).isInstanceOf(IOException.class)
                .hasMessageContaining("magic");
        byte[] hugeCount = good.clone();
        hugeCount[4] = 0x7f;
        assertThatThrownBy(() -> StandardScaler.fromBytes(hugeCount)).isInstanceOf(IOException.class)
                .hasMessageContaining("feature count");
        assertThatThrownBy(() -> StandardScaler.fromBytes(Arrays.copyOf(good, good.length - 3)))
                .isInstanceOf(EOFException.class);
    }

    @Test
    void rejectsRaggedRowsNonFiniteValuesAndWrongWidth() {
        assertThatThrownBy(() -> StandardScaler.fit(new float[][] {{1, 2}, {3}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 1");
        assertThatThrownBy(() -> StandardScaler.fit(new float[][] {{1, Float.NaN}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("feature 1");
        assertThatThrownBy(() -> StandardScaler.fit(new float[0][]))
                .isInstanceOf(IllegalArgumentException.class);
        StandardScaler s = StandardScaler.fit(new float[][] {{1, 2}, {3, 4}});
        assertThatThrownBy(() -> s.transform(new float[3])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3 features");
    }
}
