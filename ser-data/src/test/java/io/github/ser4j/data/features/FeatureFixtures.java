package io.github.ser4j.data.features;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ser4j.data.corpus.CorpusId;
import io.github.ser4j.data.corpus.Gender;
import io.github.ser4j.data.corpus.Intensity;
import io.github.ser4j.data.corpus.Utterance;
import io.github.ser4j.data.corpus.VocalChannel;
import io.github.ser4j.data.emotion.Emotion;
import io.github.ser4j.dsp.audio.Audio;
import io.github.ser4j.dsp.audio.WavWriter;
import io.github.ser4j.dsp.testing.Npy;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Generated WAVs, utterances and golden files for the feature pipeline tests. */
final class FeatureFixtures {
    private FeatureFixtures() {
    }

    /**
     * A speech-like test signal: 0.2 s of faint noise, then a voiced stretch (harmonics of a
     * gliding 120-220 Hz fundamental under a syllable-rate envelope) with some noise, then 0.2 s
     * of faint noise again. Different seeds give different pitch glides.
     */
    static float[] speechLike(int sampleRate, double seconds, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = (int) Math.round(seconds * sampleRate);
        int pad = (int) (0.2 * sampleRate);
        double f0a = 120 + 60 * rng.nextDouble();
        double f0b = 140 + 80 * rng.nextDouble();
        float[] y = new float[n];
        double phase = 0;
        for (int i = 0; i < n; i++) {
            double noise = (rng.nextDouble() * 2 - 1) * 0.002;
            if (i >= pad && i < n - pad) {
                double t = (i - pad) / (double) (n - 2 * pad);
                double f0 = f0a + (f0b - f0a) * t;
                phase += 2 * Math.PI * f0 / sampleRate;
                double env = 0.55 + 0.45 * Math.sin(2 * Math.PI * 4.0 * (i - pad) / sampleRate);
                double v = 0;
                for (int h = 1; h <= 12; h++) {
                    v += Math.sin(h * phase) / h;
                }
                y[i] = (float) (0.25 * env * v + 10 * noise);
            } else {
                y[i] = (float) noise;
            }
        }
        return y;
    }

    /** Writes a 16-bit speech-like WAV. */
    static Path wav(Path dir, String name, int sampleRate, double seconds, long seed) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        WavWriter.write(p, new Audio(speechLike(sampleRate, seconds, seed), sampleRate), WavWriter.Encoding.PCM_16);
        return p;
    }

    /** An EMO-DB-style utterance record for a file. */
    static Utterance utterance(Path path, Emotion emotion, int speaker) {
        String sp = String.format("%02d", speaker);
        return new Utterance(path, CorpusId.EMODB, emotion, "emodb:" + sp, speaker % 2 == 0 ? Gender.FEMALE : Gender.MALE,
                "de", Intensity.UNSPECIFIED, "a01", "a", VocalChannel.SPEECH);
    }

    /** {@code count} generated utterances of 1.2-2.0 s at {@code sampleRate}, emotions cycling. */
    static List<Utterance> corpus(Path dir, int count, int sampleRate) throws IOException {
        Emotion[] emotions = {Emotion.ANGRY, Emotion.HAPPY, Emotion.SAD, Emotion.NEUTRAL};
        List<Utterance> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Path p = wav(dir, String.format("u%03d.wav", i), sampleRate, 1.2 + 0.1 * (i % 9), 100 + i);
            out.add(utterance(p, emotions[i % emotions.length], 3 + i % 4));
        }
        return out;
    }

    /** A golden file copied into the test resources. */
    static Path golden(String name) {
        try {
            return Path.of(FeatureFixtures.class.getResource("/golden/librosa/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing golden resource " + name, e);
        }
    }

    /** A golden array. */
    static Npy.Array npy(String name) throws IOException {
        return Npy.read(golden(name));
    }

    /**
     * Asserts {@code max |actual - expected| <= tol * max(1, max |expected|)} and returns the
     * relative max error, printing it.
     */
    static double assertCloseRelative(String what, float[] actual, double[] expected, double tol) {
        assertThat(actual).as(what + " length").hasSize(expected.length);
        double maxErr = 0;
        double scale = 1;
        for (int i = 0; i < expected.length; i++) {
            maxErr = Math.max(maxErr, Math.abs(actual[i] - expected[i]));
            scale = Math.max(scale, Math.abs(expected[i]));
        }
        double rel = maxErr / scale;
        System.out.printf("%s: max abs error %.3g, relative to max |golden| %.3g%n", what, maxErr, rel);
        assertThat(rel).as(what + " relative max error").isLessThanOrEqualTo(tol);
        return rel;
    }
}
