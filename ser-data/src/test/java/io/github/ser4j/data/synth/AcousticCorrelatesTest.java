package io.github.ser4j.data.synth;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ser4j.data.emotion.Emotion;
import io.github.ser4j.dsp.audio.Audio;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The synthetic emotions show the vocal correlates reported in the literature, measured
 * on the output with independent estimators (autocorrelation F0, RMS, duration).
 */
class AcousticCorrelatesTest {
    private static final int ACTORS = 6;
    private static final Map<Emotion, double[]> F0 = new EnumMap<>(Emotion.class);
    private static final Map<Emotion, double[]> RMS_DB = new EnumMap<>(Emotion.class);
    private static final Map<Emotion, double[]> SECONDS = new EnumMap<>(Emotion.class);
    private static final Map<Emotion, double[]> HF = new EnumMap<>(Emotion.class);
    private static final Map<Emotion, double[]> RANGE = new EnumMap<>(Emotion.class);
    private static final Map<Emotion, double[]> FINAL_RISE = new EnumMap<>(Emotion.class);

    @BeforeAll
    static void measure() {
        SyntheticCorpus corpus = new SyntheticCorpus(new SynthConfig(ACTORS, 2, 2024, 16000));
        for (Emotion e : SyntheticCorpus.emotions()) {
            double[] f0 = new double[ACTORS];
            double[] rms = new double[ACTORS];
            double[] sec = new double[ACTORS];
            double[] hf = new double[ACTORS];
            double[] range = new double[ACTORS];
            double[] rise = new double[ACTORS];
            for (int a = 1; a <= ACTORS; a++) {
                for (int statement = 1; statement <= 2; statement++) {
                    Audio audio = corpus.utterance(a, e, 1, statement, 1);
                    double[] track = VoiceMeasures.f0Track(audio.samples(), audio.sampleRate());
                    // per speaker, relative to that speaker's neutral F0
                    f0[a - 1] += VoiceMeasures.meanF0(track, 0, 1) / corpus.voice(a).f0() / 2;
                    rms[a - 1] += 20 * Math.log10(VoiceMeasures.rms(audio.samples())) / 2;
                    sec[a - 1] += audio.durationSeconds() / 2;
                    hf[a - 1] += VoiceMeasures.alphaRatioDb(audio.samples(), audio.sampleRate()) / 2;
                    range[a - 1] += VoiceMeasures.f0RangeSemitones(track) / 2;
                    rise[a - 1] += 12 * Math.log(VoiceMeasures.meanF0(track, 0.85, 1)
                            / VoiceMeasures.meanF0(track, 0.4, 0.7)) / Math.log(2) / 2;
                }
            }
            F0.put(e, f0);
            RMS_DB.put(e, rms);
            SECONDS.put(e, sec);
            HF.put(e, hf);
            RANGE.put(e, range);
            FINAL_RISE.put(e, rise);
        }
        for (Emotion e : SyntheticCorpus.emotions()) {
            System.out.printf("%-10s F0/neutral %.2f  RMS %.1f dB  %.2f s  alpha %.1f dB  range %.1f st  final %+.1f st%n",
                    e, mean(F0.get(e)), mean(RMS_DB.get(e)), mean(SECONDS.get(e)), mean(HF.get(e)),
                    mean(RANGE.get(e)), mean(FINAL_RISE.get(e)));
        }
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    /** Number of speakers for whom {@code a} exceeds {@code b}. */
    private static int speakersWith(Map<Emotion, double[]> m, Emotion a, Emotion b) {
        int n = 0;
        for (int i = 0; i < ACTORS; i++) {
            if (m.get(a)[i] > m.get(b)[i]) {
                n++;
            }
        }
        return n;
    }

    @Test
    void angerHasHigherPitchThanSadnessForEverySpeaker() {
        assertThat(speakersWith(F0, Emotion.ANGRY, Emotion.SAD)).isEqualTo(ACTORS);
        assertThat(mean(F0.get(Emotion.ANGRY))).isGreaterThan(1.25 * mean(F0.get(Emotion.SAD)));
    }

    @Test
    void angerIsLouderThanSadnessForEverySpeaker() {
        assertThat(speakersWith(RMS_DB, Emotion.ANGRY, Emotion.SAD)).isEqualTo(ACTORS);
        assertThat(mean(RMS_DB.get(Emotion.ANGRY)) - mean(RMS_DB.get(Emotion.SAD))).isGreaterThan(8);
    }

    @Test
    void angerIsFasterAndHasMoreHighFrequencyEnergyThanSadness() {
        assertThat(mean(SECONDS.get(Emotion.SAD))).isGreaterThan(1.3 * mean(SECONDS.get(Emotion.ANGRY)));
        assertThat(mean(HF.get(Emotion.ANGRY))).isGreaterThan(mean(HF.get(Emotion.SAD)));
        assertThat(speakersWith(HF, Emotion.ANGRY, Emotion.SAD)).isEqualTo(ACTORS);
    }

    @Test
    void highArousalEmotionsRaisePitchAndLowArousalOnesLowerIt() {
        double neutral = mean(F0.get(Emotion.NEUTRAL));
        for (Emotion e : new Emotion[] {Emotion.HAPPY, Emotion.ANGRY, Emotion.FEARFUL, Emotion.SURPRISED}) {
            assertThat(mean(F0.get(e))).as(e.label()).isGreaterThan(1.1 * neutral);
        }
        for (Emotion e : new Emotion[] {Emotion.SAD, Emotion.DISGUST, Emotion.CALM}) {
            assertThat(mean(F0.get(e))).as(e.label()).isLessThan(neutral);
        }
        assertThat(mean(F0.get(Emotion.FEARFUL))).isGreaterThan(mean(F0.get(Emotion.NEUTRAL)));
    }

    @Test
    void happinessHasAWiderPitchRangeThanSadness() {
        assertThat(mean(RANGE.get(Emotion.HAPPY))).isGreaterThan(1.5 * mean(RANGE.get(Emotion.SAD)));
    }

    @Test
    void surpriseEndsInARiseWhileNeutralFalls() {
        assertThat(mean(FINAL_RISE.get(Emotion.SURPRISED))).isGreaterThan(1.0);
        assertThat(mean(FINAL_RISE.get(Emotion.NEUTRAL))).isLessThan(0.0);
    }

    @Test
    void disgustAndSadnessAreSlowerThanNeutral() {
        assertThat(mean(SECONDS.get(Emotion.DISGUST))).isGreaterThan(mean(SECONDS.get(Emotion.NEUTRAL)));
        assertThat(mean(SECONDS.get(Emotion.SAD))).isGreaterThan(mean(SECONDS.get(Emotion.NEUTRAL)));
    }
}
