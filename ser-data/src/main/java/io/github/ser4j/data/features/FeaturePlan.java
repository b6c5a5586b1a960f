package io.github.ser4j.data.features;

import io.github.ser4j.dsp.features.Chroma;
import io.github.ser4j.dsp.features.Delta;
import io.github.ser4j.dsp.features.MelSpectrogram;
import io.github.ser4j.dsp.features.Mfcc;
import io.github.ser4j.dsp.features.Rms;
import io.github.ser4j.dsp.features.SpectralCentroid;
import io.github.ser4j.dsp.features.ZeroCrossingRate;
import io.github.ser4j.dsp.functionals.AcousticFunctionals;
import io.github.ser4j.dsp.spectral.Decibels;
import io.github.ser4j.dsp.spectral.Stft;

/**
 * One {@link FeatureSpec} at one sample rate, with its plans (FFT, filterbank, DCT) built
 * once and reused for every signal. Holds scratch buffers: one per thread.
 */
final class FeaturePlan {
    private final FeatureSpec spec;
    private final int sampleRate;
    private final Mfcc mfcc;
    private final MelSpectrogram mel;
    private final Stft stft;
    private final AcousticFunctionals functionals;

    FeaturePlan(FeatureSpec spec, int sampleRate) {
        this.spec = spec;
        this.sampleRate = sampleRate;
        this.mfcc = spec.kind() == FeatureKind.MFCC ? Mfcc.of(spec.mfccConfig(sampleRate)) : null;
        this.mel = spec.kind() == FeatureKind.MEL || spec.kind() == FeatureKind.LOGMEL
                ? MelSpectrogram.of(spec.melConfig(sampleRate)) : null;
        this.stft = spec.kind() == FeatureKind.STFT ? Stft.of(spec.stftConfig()) : null;
        this.functionals = spec.kind() == FeatureKind.FUNCTIONALS ? new AcousticFunctionals() : null;
    }

    FeatureSpec spec() {
        return spec;
    }

    /** The feature of {@code y}, {@code [rows][frames]}, deltas appended below the base rows. */
    float[][] compute(float[] y) {
        float[][] base = switch (spec.kind()) {
            case MFCC -> mfcc.compute(y);
            case MEL -> mel.compute(y);
            case LOGMEL -> Decibels.powerToDb(mel.compute(y), spec.dbConfig());
            case STFT -> stft.power(y);
            case ZCR -> ZeroCrossingRate.compute(y, spec.nFft(), spec.hopLength(), true);
            case RMS -> Rms.compute(y, spec.nFft(), spec.hopLength(), true, spec.padMode());
            case CHROMA -> Chroma.compute(y, spec.chromaConfig(sampleRate));
            case CENTROID -> SpectralCentroid.compute(y, sampleRate, spec.stftConfig());
            case FUNCTIONALS -> functionals.extractColumn(y);
        };
        if (spec.deltas() == 0) {
            return base;
        }
        float[][] out = new float[base.length * (1 + spec.deltas())][];
        System.arraycopy(base, 0, out, 0, base.length);
        for (int order = 1; order <= spec.deltas(); order++) {
            float[][] d = Delta.compute(base, 9, order);
            System.arraycopy(d, 0, out, order * base.length, base.length);
        }
        return out;
    }
}
