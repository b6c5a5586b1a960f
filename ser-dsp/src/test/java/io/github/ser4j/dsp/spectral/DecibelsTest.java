package io.github.ser4j.dsp.spectral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DecibelsTest {

    @Test
    void powerToDbWithUnitRefMatchesLibrosaOnLibrosaMel() {
        float[][] mel = Golden.load("melspec_n2048_h512_m128").toFloatMatrix();
        Golden.assertClose("logmel_ref_1_top80", Decibels.powerToDb(mel, DbConfig.power()), 1e-5);
    }

    @Test
    void powerToDbWithMaxRefMatchesLibrosaOnLibrosaMel() {
        float[][] mel = Golden.load("melspec_n2048_h512_m128").toFloatMatrix();
        Golden.assertClose("logmel_ref_max_top80", Decibels.powerToDb(mel, DbConfig.power().withRefMax()), 1e-5);
    }

    @Test
    void amplitudeToDbIsPowerToDbOfSquares() {
        float[][] a = {{0.5f, 2f, 1e-7f}, {0f, 10f, 3f}};
        float[][] db = Decibels.amplitudeToDb(a, DbConfig.amplitude().withoutTopDb());
        assertThat(db[0][0]).isCloseTo((float) (20 * Math.log10(0.5)), within(1e-5f));
        assertThat(db[0][2]).isCloseTo(-100f, within(1e-4f)); // amin 1e-5 -> -100 dB
        assertThat(db[1][1]).isCloseTo(20f, within(1e-5f));
        float[][] rel = Decibels.amplitudeToDb(a, DbConfig.amplitude().withRefMax().withTopDb(30));
        assertThat(rel[1][1]).isCloseTo(0f, within(1e-6f));
        assertThat(rel[0][0]).isCloseTo((float) (20 * Math.log10(0.05)), within(1e-5f));
        assertThat(rel[0][2]).isCloseTo(-30f, within(1e-5f));
    }

    @Test
    void topDbRaisesEverythingBelowMaxMinusTopDb() {
        float[][] p = {{1f, 1e-3f, 1e-9f}};
        float[][] db = Decibels.powerToDb(p, DbConfig.power().withTopDb(40));
        assertThat(db[0]).containsExactly(0f, -30f, -40f);
    }

    @Test
    void badConfigsNameFieldAndValue() {
        assertThatThrownBy(() -> DbConfig.power().withAmin(0)).hasMessageContaining("amin").hasMessageContaining("0");
        assertThatThrownBy(() -> DbConfig.power().withTopDb(-1)).hasMessageContaining("topDb")
                .hasMessageContaining("-1");
        assertThatThrownBy(() -> DbConfig.power().withRef(Double.NaN)).hasMessageContaining("ref");
    }
}
