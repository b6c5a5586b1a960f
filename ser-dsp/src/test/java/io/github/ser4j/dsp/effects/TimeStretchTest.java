package io.github.ser4j.dsp.effects;

import io.github.ser4j.dsp.spectral.ComplexSpectrogram;
import io.github.ser4j.dsp.spectral.PadMode;
import io.github.ser4j.dsp.spectral.Stft;
import io.github.ser4j.dsp.spectral.StftConfig;
import io.github.ser4j.dsp.testing.Npy;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimeStretchTest {

    static float[] input() throws IOException {
        return Npy.resource("golden/librosa/load_sr22050_kaiser_best.npy").toFloats();
    }

    /** 10 log10(sum ref^2 / sum (ours - ref)^2). */
    static double snrDb(float[] ours, double[] ref) {
        assertThat(ours).hasSize(ref.length);
        double s = 0;
        double e = 0;
        for (int i = 0; i < ref.length; i++) {
            s += ref[i] * ref[i];
            double d = ours[i] - ref[i];
            e += d * d;
        }
        return 10 * Math.log10(s / e);
    }

    /** SNR of |stft(ours)| (n_fft 2048, hop 512, reflect) against a librosa *_mag golden. */
    static double magnitudeSnrDb(float[] ours, Npy.Array mag) {
        float[][] m = Stft.of(StftConfig.of(2048, 512).withPadMode(PadMode.REFLECT)).magnitude(ours);
        assertThat(m.length).isEqualTo(mag.shape()[0]);
        assertThat(m[0].length).isEqualTo(mag.shape()[1]);
        float[] flat = new float[mag.size()];
        for (int k = 0; k < m.length; k++) {
            System.arraycopy(m[k], 0, flat, k * m[0].length, m[0].length);
        }
        return snrDb(flat, mag.data());
    }

    @Test
    void rate08MatchesLibrosaWaveformAndMagnitude() throws IOException {
        float[] y = TimeStretch.stretch(input(), 0.8);
        double wave = snrDb(y, Npy.resource("golden/librosa/time_stretch_0.8.npy").data());
        double mag = magnitudeSnrDb(y, Npy.resource("golden/librosa/time_stretch_0.8_mag.npy"));
        System.out.printf("time_stretch 0.8: waveform SNR %.2f dB, magnitude SNR %.2f dB%n", wave, mag);
        assertThat(wave).isGreaterThanOrEqualTo(40);
        assertThat(mag).isGreaterThanOrEqualTo(40);
    }

    @Test
    void phaseVocoderFedLibrosasStftReproducesLibrosasStretch() throws IOException {
        // Isolates the phase vocoder from STFT rounding: with librosa's own complex64 STFT as
        // input, only the vocoder and the inverse STFT remain. (From our STFT, which agrees
        // with librosa's to about 137 dB, the waveform SNR is about 60 dB: the float32 phase
        // accumulator turns tiny phase differences of weak bins into larger ones.)
        Npy.Array s = Npy.resource("golden/librosa/stft_n2048_h512_constant.npy");
        int bins = s.shape()[0];
        int frames = s.shape()[1];
        ComplexSpectrogram d = ComplexSpectrogram.zeros(bins, frames);
        for (int k = 0; k < bins; k++) {
            for (int t = 0; t < frames; t++) {
                d.re()[k][t] = (float) s.data()[2 * (k * frames + t)];
                d.im()[k][t] = (float) s.data()[2 * (k * frames + t) + 1];
            }
        }
        double[] expected = Npy.resource("golden/librosa/time_stretch_0.8.npy").data();
        ComplexSpectrogram stretched = PhaseVocoder.stretch(d, 0.8, 512);
        assertThat(stretched.frames()).isEqualTo(189);
        float[] y = Stft.of(StftConfig.librosaDefault()).inverse(stretched, expected.length);
        double snr = snrDb(y, expected);
        System.out.printf("phase vocoder on librosa's STFT: waveform SNR %.2f dB%n", snr);
        assertThat(snr).isGreaterThanOrEqualTo(100);
    }

    @Test
    void outputLengthIsRoundedNOverRate() {
        float[] y = new float[10001];
        assertThat(TimeStretch.stretch(y, 2.0)).hasSize(5000); // 5000.5 rounds to even
        assertThat(TimeStretch.stretch(y, 0.5)).hasSize(20002);
        assertThat(TimeStretch.stretch(y, 1.3)).hasSize((int) Math.rint(10001 / 1.3));
    }

    @Test
    void rateOneReproducesTheSignal() {
        int sr = 16000;
        float[] y = new float[sr];
        for (int i = 0; i < y.length; i++) {
            y[i] = (float) (0.5 * Math.sin(2 * Math.PI * 440 * i / sr) + 0.2 * Math.sin(2 * Math.PI * 1375 * i / sr));
        }
        float[] z = TimeStretch.stretch(y, 1.0);
        double[] ref = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            ref[i] = y[i];
        }
        assertThat(snrDb(z, ref)).isGreaterThan(60);
    }

    @Test
    void stretchingKeepsThePitch() {
        int sr = 16000;
        float[] y = new float[sr];
        for (int i = 0; i < y.length; i++) {
            y[i] = (float) Math.sin(2 * Math.PI * 1000 * i / sr);
        }
        for (double rate : new double[] {0.7, 1.25}) {
            float[][] mag = Stft.of(StftConfig.of(2048, 512)).magnitude(TimeStretch.stretch(y, rate));
            int mid = mag[0].length / 2;
            int peak = 0;
            for (int k = 1; k < mag.length; k++) {
                if (mag[k][mid] > mag[peak][mid]) {
                    peak = k;
                }
            }
            assertThat(peak).as("rate %s", rate).isEqualTo((int) Math.round(1000.0 * 2048 / sr));
        }
    }

    @Test
    void badRateIsNamed() {
        assertThatThrownBy(() -> TimeStretch.stretch(new float[100], 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rate").hasMessageContaining("0.0");
        assertThatThrownBy(() -> TimeStretch.stretch(new float[100], Double.NaN)).hasMessageContaining("rate");
        assertThatThrownBy(() -> TimeStretch.stretch(new float[100000], 1e-6)).hasMessageContaining("rate");
    }
}
