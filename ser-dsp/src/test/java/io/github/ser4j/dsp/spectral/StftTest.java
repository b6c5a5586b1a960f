package io.github.ser4j.dsp.spectral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class StftTest {
    private static final double TOL = 1e-4;

    @ParameterizedTest(name = "n_fft={0} hop={1} pad={2}")
    @CsvSource({"2048, 512, REFLECT", "2048, 512, CONSTANT", "512, 256, REFLECT", "512, 256, CONSTANT"})
    void forwardMatchesLibrosaStft(int nFft, int hop, PadMode pad) {
        float[] y = Golden.signal22050();
        ComplexSpectrogram s = Stft.of(StftConfig.of(nFft, hop).withPadMode(pad)).forward(y);
        String name = "stft_n" + nFft + "_h" + hop + "_" + pad.name().toLowerCase();
        ComplexSpectrogram g = Golden.complex(name);
        assertThat(s.bins()).isEqualTo(g.bins());
        assertThat(s.frames()).isEqualTo(g.frames());
        double scale = 0;
        double err = 0;
        for (int k = 0; k < g.bins(); k++) {
            for (int t = 0; t < g.frames(); t++) {
                scale = Math.max(scale, Math.hypot(g.re()[k][t], g.im()[k][t]));
                err = Math.max(err, Math.hypot(s.re()[k][t] - g.re()[k][t], s.im()[k][t] - g.im()[k][t]));
            }
        }
        System.out.printf("golden %-40s max |complex err| %.3e, relative to max |S| %.3e%n", name, err, err / scale);
        assertThat(err / scale).isLessThanOrEqualTo(TOL);
    }

    @Test
    void powerSpectrogramMatchesLibrosa() {
        Golden.assertClose("power_n2048_h512", Stft.of(StftConfig.librosaDefault()).power(Golden.signal22050()), TOL);
    }

    @Test
    void frameCountFollowsLibrosa() {
        assertThat(StftConfig.of(2048, 512).frameCount(77175)).isEqualTo(151);
        assertThat(StftConfig.of(512, 256).frameCount(77175)).isEqualTo(302);
        assertThat(StftConfig.of(2048, 512).withCenter(false).frameCount(2048)).isEqualTo(1);
        assertThat(StftConfig.of(2048, 512).withCenter(false).frameCount(2559)).isEqualTo(1);
        assertThat(StftConfig.of(2048, 512).withCenter(false).frameCount(2560)).isEqualTo(2);
    }

    @ParameterizedTest(name = "n_fft={0} hop={1} win={2} pad={3} center={4}")
    @CsvSource({"2048, 512, 2048, CONSTANT, true", "2048, 512, 2048, REFLECT, true", "512, 128, 512, REFLECT, true",
            "512, 256, 512, CONSTANT, true", "400, 160, 400, REFLECT, true", "256, 64, 200, CONSTANT, true",
            "1024, 256, 1024, CONSTANT, false", "9, 3, 9, REFLECT, true"})
    void inverseOfForwardRecoversTheSignal(int nFft, int hop, int win, PadMode pad, boolean center) {
        SplittableRandom rnd = new SplittableRandom(nFft * 31L + hop);
        float[] y = new float[5000 + rnd.nextInt(1000)];
        for (int i = 0; i < y.length; i++) {
            y[i] = (float) (rnd.nextDouble() * 2 - 1);
        }
        Stft stft = Stft.of(new StftConfig(nFft, hop, win, Window.HANN, center, pad));
        ComplexSpectrogram s = stft.forward(y);
        float[] back = stft.inverse(s, y.length);
        assertThat(back.length).isEqualTo(y.length);
        // Uncentred frames do not cover the tail past the last frame, nor a window's zero ends.
        int from = center ? 0 : nFft;
        int to = center ? y.length : (s.frames() - 1) * hop;
        double err = 0;
        for (int i = from; i < to; i++) {
            err = Math.max(err, Math.abs(back[i] - y[i]));
        }
        assertThat(err).as("max round-trip error").isLessThan(1e-4);
        float[] noLength = stft.inverse(s);
        if (center) {
            assertThat(noLength.length).isEqualTo(hop * (s.frames() - 1) + nFft - 2 * (nFft / 2));
        }
    }

    @Test
    void inverseMatchesLibrosaOnLibrosaStft() {
        // istft(stft(y), length=len(y)) == y is librosa's own documented property; checked on its STFT.
        float[] y = Golden.signal22050();
        float[] back = Stft.of(StftConfig.of(2048, 512)).inverse(Golden.complex("stft_n2048_h512_constant"), y.length);
        double err = 0;
        for (int i = 0; i < y.length; i++) {
            err = Math.max(err, Math.abs(back[i] - y[i]));
        }
        System.out.printf("istft(librosa stft) round trip max abs err %.3e%n", err);
        assertThat(err).isLessThan(1e-5);
    }

    @Test
    void inverseWithLongerLengthZeroPads() {
        float[] y = new float[3000];
        y[100] = 1;
        Stft stft = Stft.of(StftConfig.of(256, 64));
        float[] back = stft.inverse(stft.forward(y), 4000);
        assertThat(back.length).isEqualTo(4000);
        assertThat(back[100]).isCloseTo(1f, org.assertj.core.data.Offset.offset(1e-5f));
        assertThat(back[3500]).isZero();
    }

    @Test
    void badConfigsNameFieldAndValue() {
        assertThatThrownBy(() -> new StftConfig(1, 1, 1, Window.HANN, true, PadMode.CONSTANT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nFft").hasMessageContaining("1");
        assertThatThrownBy(() -> new StftConfig(2048, 0, 2048, Window.HANN, true, PadMode.CONSTANT))
                .hasMessageContaining("hopLength").hasMessageContaining("0");
        assertThatThrownBy(() -> new StftConfig(512, 128, 1024, Window.HANN, true, PadMode.CONSTANT))
                .hasMessageContaining("winLength").hasMessageContaining("1024");
        assertThatThrownBy(() -> Stft.of(StftConfig.of(2048, 512).withCenter(false)).forward(new float[100]))
                .hasMessageContaining("too short").hasMessageContaining("100");
        assertThatThrownBy(() -> Stft.of(StftConfig.of(2048, 512).withPadMode(PadMode.REFLECT)).forward(new float[0]))
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> Stft.of(StftConfig.of(512, 128)).inverse(ComplexSpectrogram.zeros(100, 3)))
                .hasMessageContaining("100 bins");
    }

    @Test
    void reflectPaddingMatchesNumpyForPadsLongerThanTheSignal() {
        float[] y = {0, 1, 2, 3};
        // np.pad([0,1,2,3], (9, 9), mode='reflect')
        float[] expected = {3, 2, 1, 0, 1, 2, 3, 2, 1, 0, 1, 2, 3, 2, 1, 0, 1, 2, 3, 2, 1, 0};
        assertThat(PadMode.REFLECT.pad(y, 9, 9)).containsExactly(expected);
        assertThat(PadMode.EDGE.pad(y, 2, 1)).containsExactly(0, 0, 0, 1, 2, 3, 3);
        assertThat(PadMode.REFLECT.pad(new float[] {5}, 2, 2)).containsExactly(5, 5, 5, 5, 5);
    }

    @ParameterizedTest
    @CsvSource({"64, 16, CONSTANT, true, 1000", "64, 16, REFLECT, true, 1000", "64, 16, EDGE, true, 30",
            "60, 7, CONSTANT, true, 7", "64, 16, CONSTANT, false, 1000", "33, 5, REFLECT, true, 101"})
    void batchPowerFramesEqualSquaredForwardAndSingleFramesBitForBit(int nFft, int hop, PadMode pad, boolean center,
                                                                    int length) {
        SplittableRandom rnd = new SplittableRandom(nFft * 31L + length);
        float[] y = new float[length];
        for (int i = 0; i < y.length; i++) {
            y[i] = (float) rnd.nextDouble(-1, 1);
        }
        Stft stft = Stft.of(new StftConfig(nFft, hop, nFft, Window.HANN, center, pad));
        int frames = stft.config().frameCount(length);
        int bins = stft.bins();
        int stride = bins + 3;
        float[] power = new float[frames * stride];
        stft.powerFrames(y, 0, frames, power, stride);
        ComplexSpectrogram s = stft.forward(y);
        double max = 0;
        for (int t = 0; t < frames; t++) {
            for (int k = 0; k < bins; k++) {
                double re = s.re()[k][t];
                double im = s.im()[k][t];
                max = Math.max(max, re * re + im * im);
            }
        }
        int half = center ? nFft / 2 : 0;
        float[] padded = new float[length + 2 * half];
        for (int i = 0; i < padded.length; i++) {
            padded[i] = pad.sampleAt(y, length, (long) i - half);
        }
        float[] one = new float[bins];
        for (int t = 0; t < frames; t++) {
            for (int k = 0; k < bins; k++) {
                double re = s.re()[k][t];
                double im = s.im()[k][t];
                assertThat((double) power[t * stride + k]).as("frame %d bin %d", t, k)
                        .isCloseTo(re * re + im * im, org.assertj.core.data.Offset.offset(1e-5 * max));
            }
            // a frame on its own (the streaming path) gives the batch's bits
            stft.powerFrame(padded, t * hop, one);
            for (int k = 0; k < bins; k++) {
                assertThat(one[k]).as("frame %d bin %d", t, k).isEqualTo(power[t * stride + k]);
            }
        }
        // any sub-range of frames gives the same rows as the whole batch
        if (frames >= 3) {
            float[] part = new float[2 * stride];
            stft.powerFrames(y, frames - 2, 2, part, stride);
            for (int k = 0; k < bins; k++) {
                assertThat(part[k]).isEqualTo(power[(frames - 2) * stride + k]);
                assertThat(part[stride + k]).isEqualTo(power[(frames - 1) * stride + k]);
            }
        }
        assertThatThrownBy(() -> stft.powerFrames(y, frames, 1, power, stride))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out of range");
    }
}
