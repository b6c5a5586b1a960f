package io.github.ser4j.model.research;

import io.github.ser4j.dsp.features.Delta;
import io.github.ser4j.dsp.features.Features;
import io.github.ser4j.dsp.features.SpectralBandwidth;
import io.github.ser4j.dsp.features.SpectralCentroid;
import io.github.ser4j.dsp.features.SpectralFlatness;
import io.github.ser4j.dsp.features.SpectralRolloff;
import io.github.ser4j.dsp.spectral.DctII;
import io.github.ser4j.dsp.spectral.MelConfig;
import io.github.ser4j.dsp.spectral.MelFilterbank;
import io.github.ser4j.dsp.spectral.MelNorm;
import io.github.ser4j.dsp.spectral.PadMode;
import io.github.ser4j.dsp.spectral.StftConfig;
import io.github.ser4j.dsp.spectral.Window;

/**
 * An openSMILE-like utterance-level feature vector built from ser4j's frame features.
 *
 * <p>Frames: 16 kHz, 25 ms Hann window (400 samples) in a 512-point FFT, 10 ms hop, centred
 * with zero padding. Low-level descriptors (LLDs) per frame: log energy (dB of RMS), 40 log-mel
 * bands (Slaney, 20-8000 Hz, 10 log10(power + 1e-10)), MFCC 0-19 (orthonormal DCT-II of those
 * bands), spectral centroid, bandwidth, 85% rolloff, flatness, zero-crossing rate, alpha ratio
 * (dB of 50-1000 Hz over 1-5 kHz energy), Hammarberg index (dB of the 0-2 kHz peak over the
 * 2-5 kHz peak). Each LLD is summarised by the 9 {@link Functionals} over the active frames
 * (energy within 40 dB of the utterance's loudest frame) plus the standard deviation of its
 * delta (9-frame Savitzky-Golay). Prosody from {@link PitchTracker} (60-500 Hz, 30 ms NCCF,
 * voicing 0.45, octave cost 0.01): F0 in semitones re 27.5 Hz and harmonics-to-noise ratio
 * 10 log10(r / (1 - r)), 9 functionals each over voiced frames, the std of the F0 delta, a
 * frame-level jitter (mean |dF0| / F0 between consecutive voiced frames), shimmer (mean |dB
 * energy change| between consecutive voiced frames), voiced fraction of active frames, voiced
 * segments per second, mean voiced and unvoiced segment length, and log active duration.
 */
final class FunctionalFeatures {
    static final int SAMPLE_RATE = 16000;
    static final int N_FFT = 512;
    static final int WIN = 400;
    static final int HOP = 160;
    static final int N_MELS = 40;
    static final int N_MFCC = 20;
    static final double ACTIVE_RANGE_DB = 40;

    private static final StftConfig STFT = new StftConfig(N_FFT, HOP, WIN, Window.HANN, true, PadMode.CONSTANT);
    private static final MelFilterbank MEL = MelFilterbank.of(
            new MelConfig(SAMPLE_RATE, N_FFT, N_MELS, 20, 8000, false, MelNorm.SLANEY));
    private static final DctII DCT = DctII.ortho(N_MELS, N_MFCC);
    private static final PitchTracker PITCH = new PitchTracker(60, 500, 0.45, 0.01);

    /** LLDs summarised by all functionals. */
    static final int SPECTRAL_LLDS = 1 + N_MELS + N_MFCC + 4 + 1 + 2;
    /** Length of the vector {@link #extract} returns. */
    static final int DIM = SPECTRAL_LLDS * (Functionals.COUNT + 1) + 2 * Functionals.COUNT + 1 + 7;

    private FunctionalFeatures() {
    }

    /** The feature vector of one 16 kHz mono signal. */
    static float[] extract(float[] y) {
        if (y.length < 4 * WIN) {
            float[] padded = new float[4 * WIN];
            System.arraycopy(y, 0, padded, 0, y.length);
            y = padded;
        }
        float[][] power = Features.stftPower(y, STFT);
        int frames = power[0].length;
        int bins = power.length;
        float[][] magnitude = new float[bins][frames];
        for (int k = 0; k < bins; k++) {
            for (int t = 0; t < frames; t++) {
                magnitude[k][t] = (float) Math.sqrt(power[k][t]);
            }
        }
        float[][] mel = MEL.apply(power);
        for (float[] band : mel) {
            for (int t = 0; t < frames; t++) {
                band[t] = (float) (10 * Math.log10(band[t] + 1e-10));
            }
        }
        float[][] mfcc = DCT.apply(mel);
        float[][] rms = Features.rms(y, WIN, HOP, true, PadMode.CONSTANT);
        float[] logE = new float[frames];
        float maxE = -Float.MAX_VALUE;
        for (int t = 0; t < frames; t++) {
            logE[t] = (float) (20 * Math.log10(rms[0][Math.min(t, rms[0].length - 1)] + 1e-5));
            maxE = Math.max(maxE, logE[t]);
        }
        boolean[] active = new boolean[frames];
        int activeCount = 0;
        for (int t = 0; t < frames; t++) {
            active[t] = logE[t] > maxE - ACTIVE_RANGE_DB;
            if (active[t]) {
                activeCount++;
            }
        }
        float[] centroid = SpectralCentroid.fromMagnitude(magnitude, SAMPLE_RATE, N_FFT)[0];
        float[] bandwidth = SpectralBandwidth.fromMagnitude(magnitude, SAMPLE_RATE, N_FFT, 2.0)[0];
        float[] rolloff = SpectralRolloff.fromMagnitude(magnitude, SAMPLE_RATE, N_FFT, 0.85)[0];
        float[] flatness = SpectralFlatness.fromMagnitude(magnitude, 1e-10, 2.0)[0];
        float[] zcr = Features.zcr(y, WIN, HOP, true)[0];
        float[] alpha = new float[frames];
        float[] hammarberg = new float[frames];
        double hzPerBin = (double) SAMPLE_RATE / N_FFT;
        for (int t = 0; t < frames; t++) {
            double low = 0;
            double high = 0;
            double peakLow = 0;
            double peakHigh = 0;
            for (int k = 0; k < bins; k++) {
                double f = k * hzPerBin;
                double p = power[k][t];
                if (f >= 50 && f < 1000) {
                    low += p;
                } else if (f >= 1000 && f < 5000) {
                    high += p;
                }
                if (f < 2000) {
                    peakLow = Math.max(peakLow, p);
                } else if (f < 5000) {
                    peakHigh = Math.max(peakHigh, p);
                }
            }
            alpha[t] = (float) (10 * Math.log10((low + 1e-10) / (high + 1e-10)));
            hammarberg[t] = (float) (10 * Math.log10((peakLow + 1e-10) / (peakHigh + 1e-10)));
        }

        float[][] llds = new float[SPECTRAL_LLDS][];
        int li = 0;
        llds[li++] = logE;
        for (float[] band : mel) {
            llds[li++] = band;
        }
        for (float[] c : mfcc) {
            llds[li++] = c;
        }
        llds[li++] = scale(centroid, 1e-3f);
        llds[li++] = scale(bandwidth, 1e-3f);
        llds[li++] = scale(rolloff, 1e-3f);
        llds[li++] = flatness;
        llds[li++] = fit(zcr, frames);
        llds[li++] = alpha;
        llds[li++] = hammarberg;
        float[][] deltas = Delta.compute(llds, 9, 1);

        float[] out = new float[DIM];
        int o = 0;
        for (int i = 0; i < SPECTRAL_LLDS; i++) {
            Functionals.compute(llds[i], active, out, o);
            o += Functionals.COUNT;
            out[o++] = Functionals.std(deltas[i], active);
        }

        PitchTracker.Track pitch = PITCH.track(y, SAMPLE_RATE, HOP, frames, 0.030);
        boolean[] voiced = new boolean[frames];
        float[] semitones = new float[frames];
        float[] hnr = new float[frames];
        int voicedCount = 0;
        for (int t = 0; t < frames; t++) {
            voiced[t] = active[t] && pitch.f0()[t] > 0;
            if (voiced[t]) {
                voicedCount++;
                semitones[t] = (float) (12 * Math.log(pitch.f0()[t] / 27.5) / Math.log(2));
            }
            double r = Math.min(0.999, Math.max(0.001, pitch.strength()[t]));
            hnr[t] = (float) (10 * Math.log10(r / (1 - r)));
        }
        Functionals.compute(semitones, voiced, out, o);
        o += Functionals.COUNT;
        Functionals.compute(hnr, voiced, out, o);
        o += Functionals.COUNT;
        float[][] f0Delta = Delta.compute(new float[][] {semitones}, 9, 1);
        boolean[] voicedInterior = new boolean[frames];
        for (int t = 4; t < frames - 4; t++) {
            boolean all = true;
            for (int k = -4; k <= 4 && all; k++) {
                all = voiced[t + k];
            }
            voicedInterior[t] = all;
        }
        out[o++] = Functionals.std(f0Delta[0], voicedInterior);
        double jitter = 0;
        double shimmer = 0;
        int pairs = 0;
        int segments = 0;
        int voicedRun = 0;
        int unvoicedRun = 0;
        int unvoicedSegments = 0;
        for (int t = 0; t < frames; t++) {
            if (voiced[t]) {
                voicedRun++;
                if (t == 0 || !voiced[t - 1]) {
                    segments++;
                }
                if (t > 0 && voiced[t - 1]) {
                    jitter += Math.abs(pitch.f0()[t] - pitch.f0()[t - 1]) / pitch.f0()[t];
                    shimmer += Math.abs(logE[t] - logE[t - 1]);
                    pairs++;
                }
            } else if (active[t]) {
                unvoicedRun++;
                if (t == 0 || voiced[t - 1] || !active[t - 1]) {
                    unvoicedSegments++;
                }
            }
        }
        double activeSeconds = Math.max(0.01, activeCount * (double) HOP / SAMPLE_RATE);
        out[o++] = pairs > 0 ? (float) (jitter / pairs) : 0f;
        out[o++] = pairs > 0 ? (float) (shimmer / pairs) : 0f;
        out[o++] = activeCount > 0 ? (float) voicedCount / activeCount : 0f;
        out[o++] = (float) (segments / activeSeconds);
        out[o++] = segments > 0 ? (float) voicedRun / segments * HOP / SAMPLE_RATE : 0f;
        out[o++] = unvoicedSegments > 0 ? (float) unvoicedRun / unvoicedSegments * HOP / SAMPLE_RATE : 0f;
        out[o++] = (float) Math.log(activeSeconds);
        if (o != DIM) {
            throw new IllegalStateException("wrote " + o + " of " + DIM);
        }
        return out;
    }

    private static float[] scale(float[] x, float f) {
        float[] out = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i] * f;
        }
        return out;
    }

    private static float[] fit(float[] x, int n) {
        if (x.length == n) {
            return x;
        }
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            out[i] = x[Math.min(i, x.length - 1)];
        }
        return out;
    }
}
