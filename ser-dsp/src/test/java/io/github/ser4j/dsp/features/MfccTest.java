package io.github.ser4j.dsp.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ser4j.dsp.spectral.DbConfig;
import io.github.ser4j.dsp.spectral.Golden;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MfccTest {
    private static final double TOL = 1e-4;

    @Test
    void melSpectrogramMatchesLibrosa() {
        float[][] m = MelSpectrogram.of(MelSpectrogramConfig.librosa(22050)).compute(Golden.signal22050());
        Golden.assertClose("melspec_n2048_h512_m128", m, TOL);
    }

    @Test
    void logMelWithUnitRefMatchesLibrosa() {
        Golden.assertClose("logmel_ref_1_top80", Features.logMel(Golden.signal22050(), 22050), TOL);
    }

    @Test
    void logMelWithMaxRefMatchesLibrosa() {
        float[][] l = Features.logMel(Golden.signal22050(), MelSpectrogramConfig.librosa(22050),
                DbConfig.power().withRefMax());
        Golden.assertClose("logmel_ref_max_top80", l, TOL);
    }

    @ParameterizedTest(name = "n_mfcc={0}")
    @ValueSource(ints = {13, 20, 40, 50})
    void mfccMatchesLibrosa(int nMfcc) {
        Golden.assertClose("mfcc" + nMfcc, Features.mfcc(Golden.signal22050(), MfccConfig.librosa(22050, nMfcc)), TOL);
    }

    @Test
    void mfccAt16kMatchesLibrosa() {
        Golden.assertClose("mfcc40_sr16000", Features.mfcc(Golden.signal16000(), 16000, 40), TOL);
    }

    @Test
    void timeMeanOfMfccMatchesLibrosa() {
        float[][] m = Features.mfcc(Golden.signal22050(), 22050, 40);
        Golden.assertClose("mfcc40_time_mean", Features.timeMean(m), TOL);
    }

    @Test
    void lifterScalesCoefficientNByLibrosasSineWeight() {
        float[] y = Golden.signal22050();
        float[][] plain = Features.mfcc(y, MfccConfig.librosa(22050, 20));
        float[][] lift = Features.mfcc(y, MfccConfig.librosa(22050, 20).withLifter(22));
        for (int n = 0; n < 20; n++) {
            double w = 1 + 11 * Math.sin(Math.PI * (n + 1) / 22);
            for (int t = 0; t < plain[n].length; t++) {
                assertThat((double) lift[n][t]).isCloseTo(plain[n][t] * w, org.assertj.core.data.Offset.offset(
                        1e-5 * Math.abs(plain[n][t] * w) + 1e-5));
            }
        }
    }

    @Test
    void facadeGivesTheSameResultFromSeveralThreadsAtOnce() throws Exception {
        float[] y = Golden.signal22050();
        float[][] expected = Features.mfcc(y, 22050, 40);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<float[][]>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> Features.mfcc(y, 22050, 40)));
            }
            for (java.util.concurrent.Future<float[][]> f : futures) {
                assertThat(f.get()).isDeepEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void badConfigsNameFieldAndValue() {
        assertThatThrownBy(() -> MfccConfig.librosa(22050, 129)).hasMessageContaining("nMfcc").hasMessageContaining("129");
        assertThatThrownBy(() -> MfccConfig.librosa(22050, 20).withLifter(-1)).hasMessageContaining("lifter")
                .hasMessageContaining("-1");
        assertThatThrownBy(() -> new MelSpectrogramConfig(io.github.ser4j.dsp.spectral.StftConfig.of(1024, 256),
                io.github.ser4j.dsp.spectral.MelConfig.of(22050, 2048, 128), 2.0)).hasMessageContaining("nFft=1024");
        assertThatThrownBy(() -> new MelSpectrogramConfig(io.github.ser4j.dsp.spectral.StftConfig.of(2048, 512),
                io.github.ser4j.dsp.spectral.MelConfig.of(22050, 2048, 128), 0)).hasMessageContaining("power");
    }
}
