package io.github.ser4j.data.synth;

import io.github.ser4j.dsp.audio.Audio;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Source-filter synthesis of one speech-like utterance: a syllable plan is turned into
 * per-sample control tracks (F0, amplitude, formants, noise), a {@link GlottalSource}
 * makes the voiced excitation and a {@link FormantFilter} shapes it into vowels.
 *
 * <p>Timing: each syllable lasts {@code 1/rate} seconds (stressed ones 25 % longer,
 * each randomly +-12 %); its first quarter is the consonant onset (closure and burst,
 * fricative noise, or weak voicing), the rest the voiced vowel, with formants moving from
 * a consonant locus to the vowel target. Pitch: the {@link Contour} base line plus raised
 * cosine accents on stressed syllables, plus slow random fluctuation for irregular
 * emotions, mapped to Hz around the speaker's F0. Intensity: the profile's level, with
 * stressed syllables 2 dB louder and the final syllable 3 dB softer. The signal is not
 * normalised: its loudness is part of what it expresses.
 */
public final class SpeechSynthesizer {
    /** Linear amplitude of a 0 dB syllable in the control tracks (the output is calibrated to {@link #REFERENCE_RMS}). */
    private static final double BASE_GAIN = 0.42;
    /** Shortest utterance, seconds. */
    private static final double MIN_SECONDS = 1.5;
    /** Longest utterance, seconds. */
    private static final double MAX_SECONDS = 3.0;
    /** RMS of the voiced signal of a 0 dB (neutral, average speaker) utterance: -29 dBFS. */
    private static final double REFERENCE_RMS = 0.035;
    /** The slow pitch fluctuation is updated every this many samples. */
    private static final int WANDER_STEP = 16;
    private static final double LN2_12 = Math.log(2) / 12;
    /** Above this magnitude, peaks are compressed smoothly so that they never exceed 0.98. */
    private static final float KNEE = 0.7f;
    private final int sampleRate;

    /**
     * A synthesiser at the given rate.
     *
     * @param sampleRate samples per second, 8000 to 48000
     */
    public SpeechSynthesizer(int sampleRate) {
        if (sampleRate < 8000 || sampleRate > 48000) {
            throw new IllegalArgumentException("sampleRate must be in [8000, 48000], got " + sampleRate);
        }
        this.sampleRate = sampleRate;
    }

    /** The output sample rate. */
    public int sampleRate() {
        return sampleRate;
    }

    /**
     * Synthesises RAVDESS statement 1 ("Kids are talking by the door") or 2 ("Dogs are
     * sitting by the door").
     *
     * @param voice     the speaker
     * @param profile   the emotion profile, already scaled and perturbed as wanted
     * @param statement 1 or 2
     * @param rng       all randomness of this utterance
     */
    public Audio synthesize(Voice voice, EmotionProfile profile, int statement, RandomGenerator rng) {
        return synthesize(voice, profile, Syllable.statement(statement), rng);
    }

    Audio synthesize(Voice voice, EmotionProfile p, List<Syllable> plan, RandomGenerator rng) {
        double rate = p.rate() * voice.rateFactor();
        int syllables = plan.size();
        double[] dur = new double[syllables];
        double lead = 0.12 + 0.1 * rng.nextDouble();
        double tail = 0.15 + 0.1 * rng.nextDouble();
        double speech = 0;
        for (int i = 0; i < syllables; i++) {
            dur[i] = (plan.get(i).stressed() ? 1.25 : 0.9) / rate * Math.exp(0.12 * rng.nextGaussian());
            speech += dur[i];
        }
        // keep utterances between MIN and MAX seconds: very slow speech is compressed,
        // very fast speech gets longer pauses around it
        if (lead + speech + tail > MAX_SECONDS) {
            double k = (MAX_SECONDS - lead - tail) / speech;
            for (int i = 0; i < syllables; i++) {
                dur[i] *= k;
            }
            speech *= k;
        } else if (lead + speech + tail < MIN_SECONDS) {
            double extra = MIN_SECONDS - lead - speech - tail;
            lead += extra / 2;
            tail += extra / 2;
        }
        int n = (int) Math.round((lead + speech + tail) * sampleRate);
        float[] f0 = new float[n];
        float[] amp = new float[n];
        float[] creak = new float[n];
        float[] fric = new float[n];
        float[][] formants = new float[4][n];

        double scale = voice.formantScale();
        double[] schwa = Vowel.SCHWA.formants;
        double gain = BASE_GAIN * Math.pow(10, (p.levelDb() + voice.levelDb()) / 20);
        double meanF0 = voice.f0() * p.f0Scale();
        double range = p.rangeSemitones();
        // slow random pitch fluctuation: a random walk low-passed to a few Hz
        double wander = 0;
        double wanderPole = Math.exp(-2 * Math.PI * 6.0 * WANDER_STEP / sampleRate);
        double wanderGain = p.irregularity() * range * Math.sqrt(1 - wanderPole * wanderPole) * 1.2;

        double[] prevTarget = locus(schwa, scale);
        int s0 = (int) Math.round(lead * sampleRate);
        int pos = s0;
        int speechSamples = (int) Math.round(speech * sampleRate);
        // fill the lead-in with neutral formants
        for (int k = 0; k < 4; k++) {
            java.util.Arrays.fill(formants[k], 0, Math.min(n, s0), (float) prevTarget[k]);
        }
        for (int i = 0; i < syllables; i++) {
            Syllable syl = plan.get(i);
            int len = (int) Math.round(dur[i] * sampleRate);
            int onset = (int) Math.round(0.25 * len);
            double[] target = new double[4];
            for (int k = 0; k < 4; k++) {
                double spread = schwa[k] + p.articulation() * (syl.vowel().formants[k] - schwa[k]);
                target[k] = spread * scale * (1 + 0.03 * rng.nextGaussian());
            }
            double[] loc = locus(schwa, scale);
            double accent = p.contour().accent(i, syl.stressed());
            double sylGain = gain * (syl.stressed() ? 1.26 : 1.0) * (i == syllables - 1 ? 0.7 : 1.0);
            for (int j = 0; j < len && pos + j < n; j++) {
                int idx = pos + j;
                double tGlobal = (idx - s0) / (double) Math.max(1, speechSamples);
                // formants: previous target -> locus during the onset -> vowel target by 30 % of the nucleus
                double u;
                double[] from;
                double[] to;
                if (j < onset) {
                    u = j / (double) Math.max(1, onset);
                    from = prevTarget;
                    to = loc;
                } else {
                    u = Math.min(1, (j - onset) / (0.3 * (len - onset)));
                    from = loc;
                    to = target;
                }
                for (int k = 0; k < 4; k++) {
                    formants[k][idx] = (float) (from[k] + (to[k] - from[k]) * u);
                }
                // pitch in semitones around the mean
                double nucleus = j < onset ? 0 : (j - onset) / (double) Math.max(1, len - onset);
                double bump = j < onset ? 0 : accent * 0.5 * (1 - Math.cos(2 * Math.PI * nucleus));
                if (idx % WANDER_STEP == 0) {
                    wander = wanderPole * wander + wanderGain * rng.nextGaussian();
                }
                double st = range * (p.contour().baseline(tGlobal) + bump) + wander;
                f0[idx] = (float) Math.max(50, Math.min(600, meanF0 * Math.exp(st * LN2_12)));
                // amplitude: voiced nucleus with 15 ms ramps; the onset depends on the consonant
                double ramp = 0.015 * sampleRate;
                double env = 0;
                if (j >= onset) {
                    env = Math.min(1, Math.min((j - onset) / ramp, (len - j) / ramp));
                } else if (syl.onset() == 'n') {
                    env = 0.3;
                } else if (syl.onset() == '-') {
                    env = Math.min(1, j / ramp) * 0.8;
                }
                amp[idx] = (float) (sylGain * Math.max(0, env));
                creak[idx] = (float) (p.creak() * (0.3 + tGlobal));
                if (syl.onset() == 's' && j < onset) {
                    fric[idx] = (float) (sylGain * 0.005 * Math.sin(Math.PI * j / onset));
                } else if (syl.onset() == 'p' && j >= onset * 0.75 && j < onset) {
                    fric[idx] = (float) (sylGain * 0.005);
                }
            }
            prevTarget = target;
            pos += len;
        }
        for (int idx = Math.min(pos, n); idx < n; idx++) {
            f0[idx] = f0[Math.max(0, Math.min(pos, n) - 1)] == 0 ? (float) meanF0 : f0[Math.min(pos, n) - 1];
            for (int k = 0; k < 4; k++) {
                formants[k][idx] = (float) prevTarget[k];
            }
        }
        for (int idx = 0; idx < Math.min(s0, n); idx++) {
            f0[idx] = (float) meanF0;
        }

        double tilt = Math.max(0, Math.min(0.9, p.tilt() + voice.tiltOffset()));
        float[] y = GlottalSource.generate(f0, amp, creak, p, tilt, sampleRate, rng);
        double b1 = 70 * (1 + 2 * p.breathiness());
        FormantFilter.apply(y, formants, new double[] {b1, 100, 140, 220}, sampleRate);
        // Calibrate loudness: pulse rate and sharpness change the energy of the source, so the
        // voiced signal is scaled to the RMS its level asks for; the level alone carries loudness.
        double energy = 0;
        for (float v : y) {
            energy += (double) v * v;
        }
        double voicedRms = Math.sqrt(energy / n);
        if (voicedRms > 0) {
            float g = (float) (REFERENCE_RMS * gain / BASE_GAIN / voicedRms);
            for (int idx = 0; idx < n; idx++) {
                y[idx] *= g;
            }
        }

        // fricative and burst noise bypass the vowel cascade (Klatt's parallel branch)
        float[] noise = new float[n];
        for (int idx = 0; idx < n; idx++) {
            if (fric[idx] != 0) {
                noise[idx] = (float) (fric[idx] * rng.nextGaussian());
            }
        }
        FormantFilter.resonate(noise, 4200 * scale, 1800, sampleRate);
        // a faint noise floor, uniform with the variance of a 2e-4 Gaussian, so no sample is digital silence
        double floor = 2e-4 * Math.sqrt(12);
        for (int idx = 0; idx < n; idx++) {
            float v = y[idx] + noise[idx] + (float) (floor * (rng.nextDouble() - 0.5));
            float a = Math.abs(v);
            if (a > KNEE) {
                // soft knee: the loudness of an utterance is kept, only its rare peaks are rounded off
                v = Math.copySign(KNEE + (0.98f - KNEE) * (float) Math.tanh((a - KNEE) / (0.98f - KNEE)), v);
            }
            y[idx] = v;
        }
        return new Audio(y, sampleRate);
    }

    /** Where formants head during a consonant: a centralised, slightly lowered F1. */
    private static double[] locus(double[] schwa, double scale) {
        return new double[] {300 * scale, 1500 * scale, schwa[2] * scale, schwa[3] * scale};
    }
}
