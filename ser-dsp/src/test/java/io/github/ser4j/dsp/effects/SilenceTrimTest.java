package io.github.ser4j.dsp.effects;

import io.github.ser4j.dsp.testing.Npy;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SilenceTrimTest {

    private static float[] input() throws IOException {
        return Npy.resource("golden/librosa/load_sr22050_kaiser_best.npy").toFloats();
    }

    private static void matchesLibrosa(int topDb) throws IOException {
        double[] index = Npy.resource("golden/librosa/trim_top" + topDb + "_index.npy").data();
        float[] expected = Npy.resource("golden/librosa/trim_top" + topDb + ".npy").toFloats();
        SilenceTrim.Trimmed t = SilenceTrim.trim(input(), topDb);
        System.out.printf("trim top_db=%d: ours [%d, %d], librosa [%d, %d]%n", topDb, t.start(), t.end(),
                (long) index[0], (long) index[1]);
        assertThat(t.start()).isEqualTo((int) index[0]);
        assertThat(t.end()).isEqualTo((int) index[1]);
        assertThat(t.samples()).containsExactly(expected);
    }

    @Test
    void topDb20MatchesLibrosaIndicesExactly() throws IOException {
        matchesLibrosa(20);
    }

    @Test
    void topDb30MatchesLibrosaIndicesExactly() throws IOException {
        matchesLibrosa(30);
    }

    @Test
    void cutsFallOnHopMultiplesAroundTheLoudPart() {
        float[] y = new float[20000];
        for (int i = 6000; i < 14000; i++) {
            y[i] = (float) Math.sin(i * 0.1);
        }
        SilenceTrim.Trimmed t = SilenceTrim.trim(y, 40, 1024, 256);
        assertThat(t.start() % 256).isZero();
        assertThat(t.start()).isLessThanOrEqualTo(6000).isGreaterThan(6000 - 1024);
        assertThat(t.end()).isGreaterThanOrEqualTo(14000).isLessThan(14000 + 1024);
    }

    @Test
    void allZeroSignalIsKeptWholeWithMaxReferenceAndDroppedWithFixedReference() {
        float[] y = new float[5000];
        SilenceTrim.Trimmed whole = SilenceTrim.trim(y, 60);
        assertThat(whole.start()).isZero();
        assertThat(whole.end()).isEqualTo(5000);
        SilenceTrim.Trimmed none = SilenceTrim.trim(y, 60, 1.0, 2048, 512);
        assertThat(none.samples()).isEmpty();
        assertThat(none.end()).isZero();
    }

    @Test
    void badParametersAreNamed() {
        assertThatThrownBy(() -> SilenceTrim.trim(new float[10], -3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("topDb").hasMessageContaining("-3.0");
        assertThatThrownBy(() -> SilenceTrim.trim(new float[10], 20, 0, 512)).hasMessageContaining("frameLength");
        assertThatThrownBy(() -> SilenceTrim.trim(new float[10], 20, 2048, 0)).hasMessageContaining("hopLength");
        assertThatThrownBy(() -> SilenceTrim.trim(new float[10], 20, -1.0, 2048, 512)).hasMessageContaining("refAmplitude");
    }
}
