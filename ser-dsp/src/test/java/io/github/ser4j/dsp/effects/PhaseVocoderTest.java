package io.github.ser4j.dsp.effects;

import io.github.ser4j.dsp.spectral.ComplexSpectrogram;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

class PhaseVocoderTest {

    private static ComplexSpectrogram random(int bins, int frames, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        ComplexSpectrogram d = ComplexSpectrogram.zeros(bins, frames);
        for (int k = 0; k < bins; k++) {
            for (int t = 0; t < frames; t++) {
                d.re()[k][t] = (float) r.nextGaussian();
                d.im()[k][t] = (float) r.nextGaussian();
            }
        }
        return d;
    }

    @Test
    void frameCountIsLengthOfArangeZeroFramesRate() {
        assertThat(PhaseVocoder.outputFrames(151, 0.8)).isEqualTo(189);
        assertThat(PhaseVocoder.outputFrames(151, 2.0)).isEqualTo(76);
        assertThat(PhaseVocoder.outputFrames(10, 1.0)).isEqualTo(10);
        assertThat(PhaseVocoder.outputFrames(1, 3.0)).isEqualTo(1);
    }

    @Test
    void expectedAdvanceIsLinspaceZeroToPiHop() {
        double[] phi = PhaseVocoder.expectedAdvance(1025, 512);
        assertThat(phi[0]).isZero();
        assertThat(phi[1024]).isEqualTo(Math.PI * 512);
        // Bin k of an n_fft = 2048 STFT turns by 2 pi k hop / n_fft per hop.
        assertThat(phi[100]).isCloseTo(2 * Math.PI * 100 * 512 / 2048, offset(1e-9));
    }

    @Test
    void integerRateSamplesFramesAndStartsFromTheFirstPhase() {
        ComplexSpectrogram d = random(9, 20, 1);
        ComplexSpectrogram s = PhaseVocoder.stretch(d, 2.0, 4);
        assertThat(s.frames()).isEqualTo(10);
        for (int k = 0; k < 9; k++) {
            // Output frame 0 is input frame 0 itself.
            assertThat(s.re()[k][0]).isCloseTo(d.re()[k][0], offset(1e-5f));
            assertThat(s.im()[k][0]).isCloseTo(d.im()[k][0], offset(1e-5f));
            for (int t = 0; t < 10; t++) {
                // alpha = 0: the magnitude is that of input frame 2t.
                double in = Math.hypot(d.re()[k][2 * t], d.im()[k][2 * t]);
                double out = Math.hypot(s.re()[k][t], s.im()[k][t]);
                assertThat(out).isCloseTo(in, offset(1e-5));
            }
        }
    }

    @Test
    void rateOneKeepsEveryFrameUpToFloatRounding() {
        ComplexSpectrogram d = random(5, 12, 2);
        ComplexSpectrogram s = PhaseVocoder.stretch(d, 1.0, 4);
        for (int k = 0; k < 5; k++) {
            for (int t = 0; t < 12; t++) {
                assertThat(s.re()[k][t]).isCloseTo(d.re()[k][t], offset(1e-4f));
                assertThat(s.im()[k][t]).isCloseTo(d.im()[k][t], offset(1e-4f));
            }
        }
    }

    @Test
    void badParametersAreNamed() {
        ComplexSpectrogram d = random(3, 4, 3);
        assertThatThrownBy(() -> PhaseVocoder.stretch(d, -1, 4))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rate").hasMessageContaining("-1.0");
        assertThatThrownBy(() -> PhaseVocoder.stretch(d, 1, 0)).hasMessageContaining("hopLength");
        assertThatThrownBy(() -> PhaseVocoder.stretch(ComplexSpectrogram.zeros(3, 0), 1, 4)).hasMessageContaining("frame");
        assertThatThrownBy(() -> PhaseVocoder.outputFrames(100, 1e-12)).hasMessageContaining("rate");
    }
}
