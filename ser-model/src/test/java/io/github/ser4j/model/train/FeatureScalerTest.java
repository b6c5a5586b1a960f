package io.github.ser4j.model.train;

import io.github.ser4j.data.prep.StandardScaler;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeatureScalerTest {
    @Test
    void perElementMatchesStandardScalerOnFlattenedSamples() {
        FeatureDataset train = Blobs.make(new int[] {5, 7}, 6, 2.0, 1);
        FeatureScaler s = FeatureScaler.fit(Scaling.PER_ELEMENT, train);
        float[][] rows = new float[train.size()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = train.sample(i);
        }
        StandardScaler ref = StandardScaler.fit(rows);
        assertThat(s.scaler()).isEqualTo(ref);
        assertThat(s.apply(train.sample(3))).containsExactly(ref.transform(train.sample(3)));
    }

    @Test
    void perRowTakesEachRowsStatisticsOverAllSamplesAndFrames() {
        // two samples of [2 rows, 3 frames]; row 0 holds 1..6, row 1 holds 10 * (1..6)
        float[][] x = {{1, 2, 3, 10, 20, 30}, {4, 5, 6, 40, 50, 60}};
        FeatureDataset d = FeatureDataset.of(new int[] {2, 3}, x, new int[] {0, 1}, 2);
        FeatureScaler s = FeatureScaler.fit(Scaling.PER_ROW, d);
        // mean of 1..6 is 3.5, population variance 35/12
        double sd = Math.sqrt(35.0 / 12);
        assertThat(s.scaler().mean()).containsExactly(3.5, 35.0);
        assertThat(s.scaler().scale()[0]).isCloseTo(sd, org.assertj.core.api.Assertions.within(1e-12));
        float[] z = s.apply(x[1]);
        assertThat(z[0]).isEqualTo((float) ((4 - 3.5) / s.scaler().scale()[0]));
        assertThat(z[5]).isEqualTo((float) ((60 - 35.0) / s.scaler().scale()[1]));
    }

    @Test
    void perRowNeedsTwoAxesAndShapesMustAgree() {
        FeatureDataset flat = Blobs.make(new int[] {3, 3}, 4, 1.0, 1);
        assertThatThrownBy(() -> FeatureScaler.fit(Scaling.PER_ROW, flat))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PER_ROW");
        FeatureScaler s = FeatureScaler.fit(Scaling.PER_ELEMENT, flat);
        assertThatThrownBy(() -> s.apply(new float[5])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("5 values");
    }

    @Test
    void noneCopiesTheSample() {
        float[] v = {1, 2, 3};
        float[] out = FeatureScaler.none(new int[] {3}).apply(v);
        assertThat(out).containsExactly(v).isNotSameAs(v);
    }
}
