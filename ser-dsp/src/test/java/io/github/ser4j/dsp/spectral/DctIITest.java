package io.github.ser4j.dsp.spectral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DctIITest {

    @Test
    void orthonormalBasisMatchesScipy() {
        Golden.assertClose("dct2_ortho_basis_40x128", DctII.ortho(128, 40).matrix(), 1e-6);
    }

    @Test
    void fullBasisIsOrthogonal() {
        for (int n : new int[] {1, 7, 17, 40}) {
            float[][] b = DctII.ortho(n, n).matrix();
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double dot = 0;
                    for (int k = 0; k < n; k++) {
                        dot += (double) b[i][k] * b[j][k];
                    }
                    assertThat(dot).isCloseTo(i == j ? 1 : 0, within(1e-6));
                }
            }
        }
    }

    @Test
    void wholeSpectrogramProductIsBitIdenticalToPerFrameProduct() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(3);
        for (int[] size : new int[][] {{1, 1}, {7, 5}, {17, 13}, {128, 40}}) {
            DctII dct = DctII.ortho(size[0], size[1]);
            for (int frames : new int[] {1, 7, 17, 1023}) {
                float[][] s = new float[size[0]][frames];
                for (float[] row : s) {
                    for (int t = 0; t < frames; t++) {
                        row[t] = (float) (r.nextGaussian() * 30);
                    }
                }
                float[][] batch = dct.apply(s);
                float[] col = new float[size[0]];
                float[] out = new float[size[1]];
                for (int t = 0; t < frames; t++) {
                    for (int n = 0; n < size[0]; n++) {
                        col[n] = s[n][t];
                    }
                    dct.apply(col, out);
                    for (int k = 0; k < size[1]; k++) {
                        assertThat(batch[k][t]).isEqualTo(out[k]);
                    }
                }
            }
        }
    }

    @Test
    void badSizesNameTheValue() {
        assertThatThrownBy(() -> DctII.ortho(128, 129)).hasMessageContaining("129");
        assertThatThrownBy(() -> DctII.ortho(0, 1)).hasMessageContaining("0");
    }
}
