package io.github.ser4j.dsp.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ser4j.dsp.features.Features;
import io.github.ser4j.dsp.features.MelSpectrogramConfig;
import io.github.ser4j.dsp.features.Mfcc;
import io.github.ser4j.dsp.features.MfccConfig;
import io.github.ser4j.dsp.spectral.DbConfig;
import io.github.ser4j.dsp.spectral.Golden;
import io.github.ser4j.dsp.spectral.PadMode;
import io.github.ser4j.dsp.spectral.StftConfig;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeatureStreamTest {
    private static final DbConfig LOCAL_DB = DbConfig.power().withoutTopDb();

    /** Pushes y in chunks drawn from the seeded generator (sizes 1..maxChunk), then finishes. */
    private static float[][] streamAll(FeatureStream s, float[] y, long seed, int maxChunk) {
        SplittableRandom r = new SplittableRandom(seed);
        java.util.List<float[][]> parts = new java.util.ArrayList<>();
        int pos = 0;
        while (pos < y.length) {
            int n = Math.min(y.length - pos, 1 + r.nextInt(maxChunk));
            parts.add(s.push(y, pos, n));
            pos += n;
        }
        parts.add(s.finish());
        int rows = s.coefficients();
        int total = parts.stream().mapToInt(p -> p[0].length).sum();
        float[][] out = new float[rows][total];
        int t = 0;
        for (float[][] p : parts) {
            for (int k = 0; k < rows; k++) {
                System.arraycopy(p[k], 0, out[k], t, p[k].length);
            }
            t += p[0].length;
        }
        return out;
    }

    private static float[] noise(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            y[i] = (float) (r.nextGaussian() * 0.1);
        }
        return y;
    }

    @Test
    void streamedMfccEqualsBatchForRandomChunksSingleSamplesAndOneHugeChunk() {
        float[] y = Golden.signal22050();
        MfccConfig cfg = MfccConfig.librosa(22050, 40).withDb(LOCAL_DB);
        float[][] batch = Mfcc.of(cfg).compute(y);
        for (long seed = 1; seed <= 3; seed++) {
            assertThat(streamAll(FeatureStream.mfcc(cfg), y, seed, 3000)).isDeepEqualTo(batch);
        }
        assertThat(streamAll(FeatureStream.mfcc(cfg), y, 4, 1)).as("1-sample chunks").isDeepEqualTo(batch);
        assertThat(streamAll(FeatureStream.mfcc(cfg), y, 5, Integer.MAX_VALUE - 1)).as("one chunk")
                .isDeepEqualTo(batch);
    }

    @ParameterizedTest(name = "n_fft={0} hop={1} pad={2} center={3} n={4}")
    @CsvSource({"512, 128, CONSTANT, true, 5000", "512, 128, REFLECT, true, 5000", "400, 160, REFLECT, true, 3001",
            "256, 256, REFLECT, true, 4000", "256, 300, CONSTANT, true, 4000", "512, 100, REFLECT, false, 4000",
            "512, 128, REFLECT, true, 200", "512, 128, REFLECT, true, 256", "512, 128, REFLECT, true, 257",
            "512, 128, CONSTANT, true, 0", "512, 128, CONSTANT, true, 1", "512, 128, EDGE, true, 999"})
    void streamedLogMelEqualsBatch(int nFft, int hop, PadMode pad, boolean center, int n) {
        MelSpectrogramConfig mel = MelSpectrogramConfig.of(16000, nFft, hop, 40)
                .withStft(new StftConfig(nFft, hop, nFft, io.github.ser4j.dsp.spectral.Window.HANN, center, pad));
        float[] y = noise(n, nFft + hop + n);
        float[][] batch = Features.logMel(y, mel, LOCAL_DB);
        for (long seed = 10; seed < 13; seed++) {
            assertThat(streamAll(FeatureStream.logMel(mel, LOCAL_DB), y, seed, 700)).isDeepEqualTo(batch);
        }
        assertThat(streamAll(FeatureStream.logMel(mel, LOCAL_DB), y, 0, 1)).isDeepEqualTo(batch);
        assertThat(streamAll(FeatureStream.logMel(mel, LOCAL_DB), y, 0, Integer.MAX_VALUE - 1)).isDeepEqualTo(batch);
    }

    @Test
    void framesComeOutAsSoonAsTheirSamplesHaveArrived() {
        MfccConfig cfg = MfccConfig.librosa(22050, 13).withDb(LOCAL_DB);
        FeatureStream s = FeatureStream.mfcc(cfg);
        float[] y = noise(10000, 3);
        // frame t needs samples up to t*512 + 1024 - 1 (constant start pad: nothing else)
        for (int i = 0; i < y.length; i++) {
            s.push(y, i, 1);
            long complete = (i + 1) >= 1024 ? 1 + (i + 1 - 1024) / 512 : 0;
            assertThat(s.framesEmitted()).as("after %d samples", i + 1).isEqualTo(complete);
        }
        float[][] rest = s.finish();
        assertThat(s.framesEmitted()).isEqualTo(cfg.melSpectrogram().stft().frameCount(y.length));
        assertThat(rest[0].length).isEqualTo(2);
    }

    @Test
    void resetStartsANewSignal() {
        MfccConfig cfg = MfccConfig.librosa(16000, 20).withDb(LOCAL_DB);
        FeatureStream s = FeatureStream.mfcc(cfg);
        float[] a = noise(5000, 1);
        float[] b = noise(7000, 2);
        streamAll(s, a, 1, 900);
        s.reset();
        assertThat(streamAll(s, b, 2, 900)).isDeepEqualTo(Mfcc.of(cfg).compute(b));
    }

    @Test
    void nonFrameLocalDecibelsAndMisuseAreRejectedClearly() {
        MfccConfig librosaDefault = MfccConfig.librosa(22050, 40);
        assertThatThrownBy(() -> FeatureStream.mfcc(librosaDefault)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("topDb=80").hasMessageContaining("withoutTopDb");
        assertThatThrownBy(() -> FeatureStream.logMel(MelSpectrogramConfig.librosa(22050),
                DbConfig.power().withRefMax().withoutTopDb())).hasMessageContaining("ref=np.max");
        FeatureStream s = FeatureStream.mfcc(librosaDefault.withDb(LOCAL_DB));
        s.push(new float[3000]);
        s.finish();
        assertThatThrownBy(() -> s.push(new float[10])).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("finished");
        assertThatThrownBy(() -> FeatureStream.mfcc(librosaDefault.withDb(LOCAL_DB)).push(new float[10], 5, 6))
                .hasMessageContaining("outside");
    }
}
