package io.github.ser4j.dsp.prosody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PitchTrackerTest {
    private static final int SR = 16000;
    private static final int HOP = 160;

    /** A harmonic tone (10 harmonics falling 6 dB per octave) at {@code f0} Hz, like a vowel's source. */
    private static float[] harmonicTone(double f0, double seconds) {
        int n = (int) (seconds * SR);
        float[] y = new float[n];
        for (int h = 1; h <= 10 && h * f0 < SR / 2.0; h++) {
            for (int i = 0; i < n; i++) {
                y[i] += (float) (0.3 / h * Math.sin(2 * Math.PI * h * f0 * i / SR + h));
            }
        }
        return y;
    }

    private static float[] voicedValues(PitchTrack t) {
        float[] v = new float[t.voicedFrames()];
        int j = 0;
        for (float f : t.f0()) {
            if (f > 0) {
                v[j++] = f;
            }
        }
        return v;
    }

    private static double median(float[] v) {
        float[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    @Test
    void findsTheFundamentalOfHarmonicTonesAcrossTheSpeechRange() {
        for (double f0 : new double[] {75, 110, 196, 310, 440}) {
            float[] y = harmonicTone(f0, 1.0);
            int frames = 1 + y.length / HOP;
            PitchTrack t = PitchTracker.speech().track(y, SR, HOP, frames, 0.030);
            assertThat(t.frames()).isEqualTo(frames);
            // every frame whose window fits is voiced, and none is an octave off
            assertThat(t.voicedFrames()).as("voiced frames at %s Hz", f0).isGreaterThan(frames * 8 / 10);
            for (float f : voicedValues(t)) {
                assertThat((double) f).as("F0 of a %s Hz tone", f0).isCloseTo(f0, within(f0 * 0.01));
            }
            for (int i = 0; i < frames; i++) {
                if (t.voiced(i)) {
                    assertThat(t.strength()[i]).isGreaterThan(0.95f);
                }
            }
        }
    }

    @Test
    void missingFundamentalIsStillFoundFromTheHarmonics() {
        // harmonics 2..10 of 150 Hz: the period is still 1/150 s
        int n = SR;
        float[] y = new float[n];
        for (int h = 2; h <= 10; h++) {
            for (int i = 0; i < n; i++) {
                y[i] += (float) (0.1 * Math.sin(2 * Math.PI * h * 150 * i / SR));
            }
        }
        PitchTrack t = PitchTracker.speech().track(y, SR, HOP, 1 + n / HOP, 0.030);
        assertThat(median(voicedValues(t))).isCloseTo(150, within(1.5));
    }

    @Test
    void whiteNoiseAndSilenceAreUnvoiced() {
        SplittableRandom rng = new SplittableRandom(3);
        float[] noise = new float[SR];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (float) (0.2 * (rng.nextDouble() * 2 - 1));
        }
        int frames = 1 + SR / HOP;
        PitchTrack t = PitchTracker.speech().track(noise, SR, HOP, frames, 0.030);
        assertThat(t.voicedFrames()).isLessThan(frames / 10);
        PitchTrack quiet = PitchTracker.speech().track(new float[SR], SR, HOP, frames, 0.030);
        assertThat(quiet.voicedFrames()).isZero();
        assertThat(quiet.strength()).containsOnly(0f);
    }

    @Test
    void followsAGlide() {
        // F0 rising linearly from 120 to 240 Hz over 1 s
        int n = SR;
        float[] y = new float[n];
        double phase = 0;
        for (int i = 0; i < n; i++) {
            double f = 120 + 120.0 * i / n;
            phase += 2 * Math.PI * f / SR;
            for (int h = 1; h <= 5; h++) {
                y[i] += (float) (0.2 / h * Math.sin(h * phase));
            }
        }
        int frames = 1 + n / HOP;
        PitchTrack t = PitchTracker.speech().track(y, SR, HOP, frames, 0.030);
        for (int i = 0; i < frames; i++) {
            if (t.voiced(i)) {
                double expected = 120 + 120.0 * i * HOP / n;
                assertThat((double) t.f0()[i]).as("frame %d", i).isCloseTo(expected, within(expected * 0.03));
            }
        }
        assertThat(t.voicedFrames()).isGreaterThan(frames * 8 / 10);
    }

    @Test
    void framesNearTheEdgesOrPastTheEndAreUnvoicedNotErrors() {
        float[] y = harmonicTone(200, 0.05);
        PitchTrack t = PitchTracker.speech().track(y, SR, HOP, 20, 0.030);
        assertThat(t.frames()).isEqualTo(20);
        assertThat(t.f0()[19]).isZero();
        assertThat(PitchTracker.speech().track(new float[0], SR, HOP, 3, 0.03).voicedFrames()).isZero();
    }

    @Test
    void sameInputSameTrack() {
        float[] y = harmonicTone(180, 0.5);
        PitchTrack a = PitchTracker.speech().track(y, SR, HOP, 51, 0.03);
        PitchTrack b = PitchTracker.speech().track(y, SR, HOP, 51, 0.03);
        assertThat(a.f0()).containsExactly(b.f0());
        assertThat(a.strength()).containsExactly(b.strength());
    }

    @Test
    void badArgumentsAreNamed() {
        assertThatThrownBy(() -> new PitchTracker(0, 500, 0.45, 0.01)).hasMessageContaining("fMin");
        assertThatThrownBy(() -> new PitchTracker(100, 90, 0.45, 0.01)).hasMessageContaining("fMax");
        assertThatThrownBy(() -> new PitchTracker(60, 500, 1.5, 0.01)).hasMessageContaining("voicingThreshold");
        assertThatThrownBy(() -> new PitchTracker(60, 500, 0.45, -1)).hasMessageContaining("octaveCost");
        PitchTracker p = PitchTracker.speech();
        assertThatThrownBy(() -> p.track(new float[100], 1000, 10, 1, 0.03)).hasMessageContaining("sampleRate");
        assertThatThrownBy(() -> p.track(new float[100], SR, 0, 1, 0.03)).hasMessageContaining("hop");
        assertThatThrownBy(() -> p.track(new float[100], SR, 10, -1, 0.03)).hasMessageContaining("frames");
        assertThatThrownBy(() -> p.track(new float[100], SR, 10, 1, 0)).hasMessageContaining("windowSeconds");
        assertThatThrownBy(() -> new PitchTrack(new float[2], new float[3])).hasMessageContaining("frames");
    }
}
