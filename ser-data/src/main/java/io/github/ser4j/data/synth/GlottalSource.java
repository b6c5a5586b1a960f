package io.github.ser4j.data.synth;

import java.util.random.RandomGenerator;

/**
 * The voice source: glottal flow pulses (Rosenberg 1971) with jitter, shimmer, creak,
 * spectral tilt and aspiration noise.
 *
 * <p>Within one period {@code T0}, the Rosenberg pulse rises over the opening phase
 * {@code Tp} as {@code (1 - cos(pi t / Tp)) / 2} and falls over the closing phase
 * {@code Tn} as {@code cos(pi (t - Tp) / (2 Tn))}, then stays closed. The open quotient
 * {@code (Tp + Tn) / T0} controls voice quality: a short open phase with an abrupt closure
 * (tense, "pressed" voice) gives strong high harmonics, a long one a soft, breathy voice.
 * The excitation is the flow's derivative (the derivative also models lip radiation, a
 * +6 dB/octave tilt), low-passed by a one-pole filter whose pole sets the overall spectral
 * tilt. Each cycle's period and amplitude are perturbed (jitter, shimmer); creaky cycles
 * are longer and weaker; turbulent aspiration noise is added in proportion to the flow.
 */
final class GlottalSource {
    /**
     * Aspiration noise per unit of breathiness, relative to a unit-amplitude flow. The flow
     * derivative of a 100-200 Hz voice has an RMS of about 0.01 per sample, so breathiness
     * 0.16 (sad) puts the noise about 10 dB below the voiced excitation.
     */
    private static final double ASPIRATION = 0.03;

    private GlottalSource() {
    }

    /**
     * Generates the excitation.
     *
     * @param f0         F0 track, Hz, one value per sample
     * @param amplitude  amplitude track (0 where unvoiced), one value per sample
     * @param creakTrack probability of a creaky cycle, one value per sample
     * @param p          the emotion profile (open quotient, jitter, shimmer, tilt, breathiness)
     * @param tilt       pole of the tilt low-pass, [0, 0.95)
     * @param sampleRate samples per second
     * @param rng        randomness
     * @return the excitation signal
     */
    static float[] generate(float[] f0, float[] amplitude, float[] creakTrack, EmotionProfile p, double tilt,
                            int sampleRate, RandomGenerator rng) {
        int n = f0.length;
        float[] flow = new float[n];
        double pos = 0;
        while (pos < n) {
            int start = (int) pos;
            double period = sampleRate / f0[start] * (1 + p.jitter() * rng.nextGaussian());
            double amp = 1 + p.shimmer() * rng.nextGaussian();
            if (rng.nextDouble() < creakTrack[start]) {
                period *= 1.7;
                amp *= 0.55;
            }
            period = Math.max(period, sampleRate / 500.0);
            double open = p.openQuotient() * period;
            double tp = 0.66 * open;
            double tn = open - tp;
            int len = (int) Math.ceil(period);
            for (int i = 0; i < len && start + i < n; i++) {
                double t = i + (start - pos);
                double g;
                if (t < 0) {
                    g = 0;
                } else if (t < tp) {
                    g = 0.5 * (1 - Math.cos(Math.PI * t / tp));
                } else if (t < open) {
                    g = Math.cos(Math.PI * (t - tp) / (2 * tn));
                } else {
                    g = 0;
                }
                flow[start + i] = (float) (g * amp * amplitude[start + i]);
            }
            pos += period;
        }
        float[] e = new float[n];
        double prev = 0;
        double lp = 0;
        for (int i = 0; i < n; i++) {
            double d = flow[i] - prev;
            prev = flow[i];
            lp = (1 - tilt) * d + tilt * lp;
            // aspiration: turbulence grows with the flow through the glottis
            double noise = p.breathiness() * ASPIRATION * amplitude[i] * (0.3 + flow[i]) * rng.nextGaussian();
            e[i] = (float) (lp + noise);
        }
        return e;
    }
}
