package io.github.ser4j.model.zoo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The default feature settings: librosa's centred frame count and the settings handed to ser-dsp. */
class LogMelSpecTest {
    @Test
    void defaultIsThreeSecondsAt16kHzIn188CentredFrames() {
        LogMelSpec s = LogMelSpec.DEFAULT;
        assertThat(s.samples()).isEqualTo(48_000);
        assertThat(s.frames()).isEqualTo(1 + 48_000 / 256);
        assertThat(s.inputSpec().exampleShape()).containsExactly(1, 64, 188);
        assertThat(s.melSpectrogram().mel().nMels()).isEqualTo(64);
        assertThat(s.melSpectrogram().stft().hopLength()).isEqualTo(256);
        assertThat(s.melSpectrogram().stft().nFft()).isEqualTo(512);
        assertThat(s.db().topDb()).isEqualTo(80.0);
    }

    @Test
    void rejectsBadFieldsNamingThem() {
        assertThatThrownBy(() -> new LogMelSpec(16_000, 64, 512, 600, 3.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hopLength").hasMessageContaining("600");
        assertThatThrownBy(() -> new LogMelSpec(16_000, 64, 512, 256, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("durationSeconds");
        assertThatThrownBy(() -> new LogMelSpec(16_000, 8, 512, 256, 3.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nMels");
    }
}
