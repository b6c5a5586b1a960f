package io.github.ser4j.dsp.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ser4j.dsp.resample.ResampleType;
import io.github.ser4j.dsp.resample.Snr;
import io.github.ser4j.dsp.testing.Npy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link AudioLoader} against {@code librosa.load} outputs on the same PCM16 WAV (golden/librosa). */
class AudioLoaderGoldenTest {
    @TempDir
    static Path tmp;
    static Path wav;

    @BeforeAll
    static void copyWav() throws IOException {
        wav = tmp.resolve("input_44100_pcm16.wav");
        try (InputStream in = AudioLoaderGoldenTest.class.getResourceAsStream("/golden/librosa/input_44100_pcm16.wav")) {
            Files.copy(in, wav);
        }
    }

    @Test
    void nativeRateLoadIsBitExact() throws IOException {
        Audio a = AudioLoader.load(wav, LoadOptions.nativeRate());
        assertThat(a.sampleRate()).isEqualTo(44100);
        assertThat(a.samples()).isEqualTo(Npy.resource("golden/librosa/load_native.npy").toFloats());
    }

    @ParameterizedTest(name = "load(sr={0}, res_type={1}, offset={2}, duration={3}) SNR >= {5} dB")
    @CsvSource({
        "22050, KAISER_BEST, 0, Infinity, load_sr22050_kaiser_best.npy, 100",
        "16000, KAISER_BEST, 0, Infinity, load_sr16000_kaiser_best.npy, 100",
        "22050, KAISER_FAST, 0, Infinity, load_sr22050_kaiser_fast.npy, 100",
        "22050, KAISER_FAST, 0.5, 2.5, load_sr22050_kaiser_fast_off0.5_dur2.5.npy, 100",
    })
    void resampledLoadMatchesLibrosa(int sr, ResampleType type, double offset, double duration, String golden,
                                     double minSnr) throws IOException {
        float[] ref = Npy.resource("golden/librosa/" + golden).toFloats();
        LoadOptions o = LoadOptions.librosaDefaults().withSampleRate(sr).withResType(type).withOffset(offset)
                .withDuration(duration);
        Audio a = AudioLoader.load(wav, o);
        assertThat(a.sampleRate()).isEqualTo(sr);
        assertThat(a.samples()).hasSize(ref.length);
        double snr = Snr.db(ref, a.samples());
        System.out.printf("load sr=%d %s offset=%s duration=%s: SNR %.1f dB, max |diff| %.2e%n", sr,
                type.librosaName(), offset, duration, snr, Snr.maxAbs(ref, a.samples()));
        assertThat(snr).isGreaterThan(minSnr);
        try (InputStream in = Files.newInputStream(wav)) {
            assertThat(AudioLoader.load(in, "stream", o).samples()).isEqualTo(a.samples());
        }
    }

    @Test
    void channelsAreKeptApartWhenMonoIsOff() throws IOException {
        Path stereo = tmp.resolve("stereo.wav");
        int[] codes = {1000, -1000, 2000, -2000, 3000, -3000, 4000, -4000};
        Files.write(stereo, TestAudioFiles.wav(TestAudioFiles.chunk("fmt ", TestAudioFiles.fmt(1, 2, 8000, 16), false),
                TestAudioFiles.chunk("data", TestAudioFiles.ints(codes, 2, false), false)));
        LoadOptions o = LoadOptions.nativeRate().withMono(false);
        float[][] ch = AudioLoader.loadChannels(stereo, o);
        assertThat(ch.length).isEqualTo(2);
        assertThat(ch[1]).containsExactly(-1000 / 32768f, -2000 / 32768f, -3000 / 32768f, -4000 / 32768f);
        assertThat(AudioLoader.load(stereo, LoadOptions.nativeRate()).samples()).containsOnly(0f);
        assertThatThrownBy(() -> AudioLoader.load(stereo, o)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("loadChannels");
        float[][] up = AudioLoader.loadChannels(stereo, o.withSampleRate(16000));
        assertThat(up[0]).hasSize(8);
    }

    @Test
    void optionsRejectBadValuesNamingTheField() {
        LoadOptions d = LoadOptions.librosaDefaults();
        assertThatThrownBy(() -> d.withSampleRate(-1)).hasMessageContaining("sampleRate");
        assertThatThrownBy(() -> d.withOffset(-0.5)).hasMessageContaining("offsetSeconds");
        assertThatThrownBy(() -> d.withDuration(Double.NaN)).hasMessageContaining("durationSeconds");
    }
}
