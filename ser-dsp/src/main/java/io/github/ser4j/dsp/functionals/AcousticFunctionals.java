package io.github.ser4j.dsp.functionals;

import io.github.ser4j.dsp.features.Delta;
import io.github.ser4j.dsp.features.Features;
import io.github.ser4j.dsp.features.SpectralBandwidth;
import io.github.ser4j.dsp.features.SpectralCentroid;
import io.github.ser4j.dsp.features.SpectralFlatness;
import io.github.ser4j.dsp.features.SpectralRolloff;
import io.github.ser4j.dsp.prosody.PitchTrack;
import io.github.ser4j.dsp.prosody.PitchTracker;
import io.github.ser4j.dsp.spectral.DctII;
import io.github.ser4j.dsp.spectral.MelConfig;
import io.github.ser4j.dsp.spectral.MelFilterbank;
import io.github.ser4j.dsp.spectral.MelNorm;
import io.github.ser4j.dsp.spectral.PadMode;
import io.github.ser4j.dsp.spectral.StftConfig;
import io.github.ser4j.dsp.spectral.Window;
import java.util.ArrayList;
import java.util.List;

/**
 * An utterance-level acoustic feature vector in the manner of openSMILE's paralinguistic
 * sets (ComParE, eGeMAPS): frame-level low-level descriptors (LLDs) of loudness, spectrum,
 * cepstrum, voice quality and pitch, each summarised over the utterance by
 * {@link Functionals}. One fixed-length vector describes a whole utterance of any length,
 * which suits small corpora: a classifier on it sees a few hundred numbers, not thousands of
 * frames.
 *
 * <p><b>Frames.</b> 16 kHz, 25 ms Hann window (400 samples) zero-padded into a 512-point FFT,
 * 10 ms hop, centred with zero padding. A frame is <i>active</i> when its energy is within
 * 40 dB of the utterance's loudest frame: pauses and silence do not dilute the statistics.
 *
 * <p><b>Spectral LLDs</b> ({@value #SPECTRAL_LLDS}), each summarised by the nine functionals over
 * the active frames plus the standard deviation of its delta (librosa's 9-frame
 * Savitzky-Golay {@code delta}):
 * loudness ({@code 20 log10(rms + 1e-5)} dB); 40 log-mel bands (Slaney, 20-8000 Hz,
 * {@code 10 log10(power + 1e-10)}); MFCC 0-19 (orthonormal DCT-II of those bands, as
 * librosa's MFCC); spectral centroid, bandwidth and 85 % rolloff (kHz) and flatness;
 * zero-crossing rate; the alpha ratio (dB of 50-1000 Hz energy over 1-5 kHz energy) and the
 * Hammarberg index (dB of the strongest bin below 2 kHz over the strongest in 2-5 kHz),
 * eGeMAPS's two measures of vocal effort.
 *
 * <p><b>Prosody and voice quality</b> from {@link PitchTracker#speech()} (30 ms window):
 * F0 in semitones re 27.5 Hz and the harmonics-to-noise ratio {@code 10 log10(r / (1 - r))}
 * ({@code r} the NCCF peak), nine functionals each over the voiced active frames; the
 * standard deviation of the F0 delta inside voiced stretches; jitter (mean relative F0 change
 * between consecutive voiced frames; a frame-level stand-in for cycle-to-cycle jitter);
 * shimmer (mean absolute loudness change in dB between consecutive voiced frames); the
 * voiced fraction of the active frames; voiced segments per second of active speech; the
 * mean voiced and unvoiced segment durations; and the log of the active duration in seconds.
 *
 * <p>Altogether {@value #DIMENSION} values, named by {@link #names()}. Not thread-safe; make one per thread.
 */
public final class AcousticFunctionals {
    /** The sample rate the vector is defined at. */
    public static final int SAMPLE_RATE = 16000;
    /** FFT size. */
    public static final int N_FFT = 512;
    /** Analysis window, 25 ms. */
    public static final int WIN_LENGTH = 400;
    /** Hop, 10 ms. */
    public static final int HOP_LENGTH = 160;
    /** Mel bands. */
    public static final int N_MELS = 40;
    /** Cepstral coefficients. */
    public static final int N_MFCC = 20;
    /** Frames quieter than the loudest by more than this many dB are left out of the statistics. */
    public static final double ACTIVE_RANGE_DB = 40;
    /** Low-level descriptors summarised by all functionals. */
    public static final int SPECTRAL_LLDS = 1 + N_MELS + N_MFCC + 4 + 1 + 2;
    /** Length of the vector {@link #extract} returns. */
    public static final int DIMENSION = SPECTRAL_LLDS * (Functionals.COUNT + 1) + 2 * Functionals.COUNT + 1 + 7;

    private static final StftConfig STFT = new StftConfig(N_FFT, HOP_LENGTH, WIN_LENGTH, Window.HANN, true,
            PadMode.CONSTANT);
    private static final List<String> NAMES = buildNames();

    private final MelFilterbank mel = MelFilterbank.of(
            new MelConfig(SAMPLE_RATE, N_FFT, N_MELS, 20, 8000, false, MelNorm.SLANEY));
    private final DctII dct = DctII.ortho(N_MELS, N_MFCC);
    private final PitchTracker pitch = PitchTracker.speech();

    /** An extractor (it holds the filterbank and DCT plans). */
    public AcousticFunctionals() {
    }

    /** The names of the {@value #DIMENSION} values, in output order, e.g. {@code "mfcc3_p90"}. */
    public static List<String> names() {
        return NAMES;
    }

    /**
     * The feature vector of a mono signal at {@value #SAMPLE_RATE} Hz. A signal shorter than
     * 100 ms is zero-padded to 100 ms; a silent signal gives a finite vector.
     *
     * @throws IllegalArgumentException for a null or empty signal, or a non-finite sample
     */
    public float[] extract(float[] signal) {
        if (signal == null || signal.length == 0) {
            throw new IllegalArgumentException("the signal has no samples");
        }
        for (int i = 0; i < signal.length; i++) {
            if (!Float.isFinite(signal[i])) {
                throw new IllegalArgumentException("sample " + i + " is " + signal[i] + "; the signal must be finite");
            }
        }
        float[] y = signal;
        if (y.length < 4 * WIN_LENGTH) {
            y = new float[4 * WIN_LENGTH];
            System.arraycopy(signal, 0, y, 0, signal.length);
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
        float[][] logMel = mel.apply(power);
        for (float[] band : logMel) {
            for (int t = 0; t < frames; t++) {
                band[t] = (float) (10 * Math.log10(band[t] + 1e-10));
            }
        }
        float[][] mfcc = dct.apply(logMel);
        float[] rms = Features.rms(y, WIN_LENGTH, HOP_LENGTH, true, PadMode.CONSTANT)[0];
        float[] loudness = new float[frames];
        float maxLoudness = -Float.MAX_VALUE;
        for (int t = 0; t < frames; t++) {
            loudness[t] = (float) (20 * Math.log10(rms[Math.min(t, rms.length - 1)] + 1e-5));
            maxLoudness = Math.max(maxLoudness, loudness[t]);
        }
        boolean[] active = new boolean[frames];
        int activeCount = 0;
        for (int t = 0; t < frames; t++) {
            active[t] = loudness[t] > maxLoudness - ACTIVE_RANGE_DB;
            activeCount += active[t] ? 1 : 0;
        }

        float[][] llds = new float[SPECTRAL_LLDS][];
        int li = 0;
        llds[li++] = loudness;
        for (float[] band : logMel) {
            llds[li++] = band;
        }
        for (float[] c : mfcc) {
            llds[li++] = c;
        }
        llds[li++] = scale(SpectralCentroid.fromMagnitude(magnitude, SAMPLE_RATE, N_FFT)[0], 1e-3f);
        llds[li++] = scale(SpectralBandwidth.fromMagnitude(magnitude, SAMPLE_RATE, N_FFT, 2.0)[0], 1e-3f);
        llds[li++] = scale(SpectralRolloff.fromMagnitude(magnitude, SAMPLE_RATE, N_FFT, 0.85)[0], 1e-3f);
        llds[li++] = SpectralFlatness.fromMagnitude(magnitude, 1e-10, 2.0)[0];
        llds[li++] = fit(Features.zcr(y, WIN_LENGTH, HOP_LENGTH, true)[0], frames);
        float[][] effort = vocalEffort(power);
        llds[li++] = effort[0];
        llds[li++] = effort[1];
        float[][] deltas = Delta.compute(llds, 9, 1);

        float[] out = new float[DIMENSION];
        int o = 0;
        for (int i = 0; i < SPECTRAL_LLDS; i++) {
            Functionals.compute(llds[i], active, out, o);
            o += Functionals.COUNT;
            out[o++] = Functionals.std(deltas[i], active);
        }
        o = prosody(y, frames, active, activeCount, loudness, out, o);
        if (o != DIMENSION) {
            throw new IllegalStateException("wrote " + o + " of " + DIMENSION + " values");
        }
        return out;
    }

    /**
     * {@link #extract} in the layout of a frame feature, {@code [DIMENSION][1]}: one column
     * that describes the whole utterance, so it stacks and pools like any other feature.
     */
    public float[][] extractColumn(float[] signal) {
        float[] v = extract(signal);
        float[][] out = new float[v.length][1];
        for (int i = 0; i < v.length; i++) {
            out[i][0] = v[i];
        }
        return out;
    }

    /** Alpha ratio and Hammarberg index per frame, in dB. */
    private static float[][] vocalEffort(float[][] power) {
        int bins = power.length;
        int frames = power[0].length;
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
        return new float[][] {alpha, hammarberg};
    }

    /** Writes the pitch, HNR and rhythm values from {@code out[o]}; returns the next offset. */
    private int prosody(float[] y, int frames, boolean[] active, int activeCount, float[] loudness, float[] out,
                        int o) {
        PitchTrack track = pitch.track(y, SAMPLE_RATE, HOP_LENGTH, frames, 0.030);
        float[] f0 = track.f0();
        boolean[] voiced = new boolean[frames];
        float[] semitones = new float[frames];
        float[] hnr = new float[frames];
        int voicedCount = 0;
        for (int t = 0; t < frames; t++) {
            voiced[t] = active[t] && f0[t] > 0;
            if (voiced[t]) {
                voicedCount++;
                semitones[t] = (float) (12 * Math.log(f0[t] / 27.5) / Math.log(2));
            }
            double r = Math.min(0.999, Math.max(0.001, track.strength()[t]));
            hnr[t] = (float) (10 * Math.log10(r / (1 - r)));
        }
        Functionals.compute(semitones, voiced, out, o);
        o += Functionals.COUNT;
        Functionals.compute(hnr, voiced, out, o);
        o += Functionals.COUNT;
        // the F0 delta only inside voiced stretches: its 9-frame window must not span a gap
        float[] f0Delta = Delta.compute(new float[][] {semitones}, 9, 1)[0];
        boolean[] voicedInterior = new boolean[frames];
        for (int t = 4; t < frames - 4; t++) {
            boolean all = true;
            for (int k = -4; k <= 4 && all; k++) {
                all = voiced[t + k];
            }
            voicedInterior[t] = all;
        }
        out[o++] = Functionals.std(f0Delta, voicedInterior);
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
                    jitter += Math.abs(f0[t] - f0[t - 1]) / f0[t];
                    shimmer += Math.abs(loudness[t] - loudness[t - 1]);
                    pairs++;
                }
            } else if (active[t]) {
                unvoicedRun++;
                if (t == 0 || voiced[t - 1] || !active[t - 1]) {
                    unvoicedSegments++;
                }
            }
        }
        double secondsPerFrame = (double) HOP_LENGTH / SAMPLE_RATE;
        double activeSeconds = Math.max(0.01, activeCount * secondsPerFrame);
        out[o++] = pairs > 0 ? (float) (jitter / pairs) : 0f;
        out[o++] = pairs > 0 ? (float) (shimmer / pairs) : 0f;
        out[o++] = activeCount > 0 ? (float) voicedCount / activeCount : 0f;
        out[o++] = (float) (segments / activeSeconds);
        out[o++] = segments > 0 ? (float) (voicedRun * secondsPerFrame / segments) : 0f;
        out[o++] = unvoicedSegments > 0 ? (float) (unvoicedRun * secondsPerFrame / unvoicedSegments) : 0f;
        out[o++] = (float) Math.log(activeSeconds);
        return o;
    }

    private static List<String> buildNames() {
        List<String> lld = new ArrayList<>();
        lld.add("loudness_db");
        for (int i = 0; i < N_MELS; i++) {
            lld.add("logmel" + i);
        }
        for (int i = 0; i < N_MFCC; i++) {
            lld.add("mfcc" + i);
        }
        lld.addAll(List.of("centroid_khz", "bandwidth_khz", "rolloff85_khz", "flatness", "zcr", "alpha_ratio_db",
                "hammarberg_db"));
        List<String> names = new ArrayList<>(DIMENSION);
        for (String l : lld) {
            for (String f : Functionals.NAMES) {
                names.add(l + "_" + f);
            }
            names.add(l + "_delta_std");
        }
        for (String l : List.of("f0_semitones", "hnr_db")) {
            for (String f : Functionals.NAMES) {
                names.add(l + "_" + f);
            }
        }
        names.addAll(List.of("f0_delta_std", "jitter", "shimmer_db", "voiced_fraction", "voiced_segments_per_s",
                "mean_voiced_s", "mean_unvoiced_s", "log_active_s"));
        if (names.size() != DIMENSION) {
            throw new IllegalStateException(names.size() + " names for " + DIMENSION + " values");
        }
        return List.copyOf(names);
    }

    private static float[] scale(float[] x, float f) {
        float[] out = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i] * f;
        }
        return out;
    }

    /** The ZCR track cut or edge-extended to {@code n} frames (its framing can differ by one). */
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
