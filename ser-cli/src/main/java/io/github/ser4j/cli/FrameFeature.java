package io.github.ser4j.cli;

import io.github.ser4j.data.features.FeatureKind;
import io.github.ser4j.dsp.features.Chroma;
import io.github.ser4j.dsp.features.ChromaConfig;
import io.github.ser4j.dsp.features.MelSpectrogram;
import io.github.ser4j.dsp.features.MelSpectrogramConfig;
import io.github.ser4j.dsp.features.Mfcc;
import io.github.ser4j.dsp.features.MfccConfig;
import io.github.ser4j.dsp.features.Rms;
import io.github.ser4j.dsp.features.SpectralCentroid;
import io.github.ser4j.dsp.features.ZeroCrossingRate;
import io.github.ser4j.dsp.functionals.AcousticFunctionals;
import io.github.ser4j.dsp.spectral.DbConfig;
import io.github.ser4j.dsp.spectral.Decibels;
import io.github.ser4j.dsp.spectral.MelConfig;
import io.github.ser4j.dsp.spectral.MelNorm;
import io.github.ser4j.dsp.spectral.PadMode;
import io.github.ser4j.dsp.spectral.Stft;
import io.github.ser4j.dsp.spectral.StftConfig;
import io.github.ser4j.dsp.spectral.Window;
import java.util.Objects;

/**
 * One librosa feature call with fixed parameters, as {@code ser features} runs it on every
 * file: the options of the command resolved against a sample rate, with the plans (FFT,
 * filterbank, DCT) built once. Holds scratch buffers: one per thread.
 */
final class FrameFeature {

    /**
     * The librosa-named parameters of one feature call.
     *
     * @param kind   which feature
     * @param nFft   {@code n_fft} (the {@code frame_length} of ZCR and RMS)
     * @param hop    {@code hop_length}
     * @param nMels  {@code n_mels}
     * @param nMfcc  {@code n_mfcc}
     * @param fmin   {@code fmin} in Hz
     * @param fmax   {@code fmax} in Hz, NaN for {@code None} (half the sample rate)
     * @param htk    {@code htk}
     * @param topDb  {@code top_db} of {@code power_to_db}, infinite for None
     * @param ref    {@code ref} of {@code power_to_db}, NaN for {@code np.max}
     * @param pad    {@code pad_mode} of centred frames
     */
    record Params(FeatureKind kind, int nFft, int hop, int nMels, int nMfcc, double fmin, double fmax, boolean htk,
                  double topDb, double ref, PadMode pad) {
        Params {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(pad, "pad");
        }
    }

    private final Params p;
    private final int sampleRate;
    private final Mfcc mfcc;
    private final MelSpectrogram mel;
    private final Stft stft;
    private final DbConfig db;
    private AcousticFunctionals functionals;

    /**
     * Resolves {@code p} at {@code sampleRate}.
     *
     * @throws IllegalArgumentException naming the bad parameter (e.g. fmax above sr/2)
     */
    FrameFeature(Params p, int sampleRate) {
        this.p = p;
        this.sampleRate = sampleRate;
        StftConfig s = stftConfig();
        DbConfig d = Double.isNaN(p.ref()) ? DbConfig.power().withRefMax() : DbConfig.power().withRef(p.ref());
        this.db = Double.isInfinite(p.topDb()) ? d.withoutTopDb() : d.withTopDb(p.topDb());
        MelSpectrogramConfig melCfg = p.kind().usesMel()
                ? new MelSpectrogramConfig(s, new MelConfig(sampleRate, p.nFft(), p.nMels(), p.fmin(),
                        Double.isNaN(p.fmax()) ? sampleRate / 2.0 : p.fmax(), p.htk(), MelNorm.SLANEY), 2.0)
                : null;
        this.mfcc = p.kind() == FeatureKind.MFCC
                ? Mfcc.of(new MfccConfig(melCfg, Double.isInfinite(p.topDb()) ? DbConfig.power().withoutTopDb()
                        : DbConfig.power().withTopDb(p.topDb()), p.nMfcc(), 0.0))
                : null;
        this.mel = p.kind() == FeatureKind.MEL || p.kind() == FeatureKind.LOGMEL ? MelSpectrogram.of(melCfg) : null;
        this.stft = p.kind() == FeatureKind.STFT ? Stft.of(s) : null;
    }

    private StftConfig stftConfig() {
        return new StftConfig(p.nFft(), p.hop(), p.nFft(), Window.HANN, true, p.pad());
    }

    /** The sample rate this instance was resolved for. */
    int sampleRate() {
        return sampleRate;
    }

    /** The feature of {@code y}: {@code [coefficient][frame]}, as librosa returns it. */
    float[][] compute(float[] y) {
        return switch (p.kind()) {
            case MFCC -> mfcc.compute(y);
            case MEL -> mel.compute(y);
            case LOGMEL -> Decibels.powerToDb(mel.compute(y), db);
            case STFT -> stft.power(y);
            case ZCR -> ZeroCrossingRate.compute(y, p.nFft(), p.hop(), true);
            case RMS -> Rms.compute(y, p.nFft(), p.hop(), true, p.pad());
            case CHROMA -> Chroma.compute(y, new ChromaConfig(sampleRate, stftConfig(), 12,
                    ChromaConfig.ESTIMATE_TUNING));
            case CENTROID -> SpectralCentroid.compute(y, sampleRate, stftConfig());
            case FUNCTIONALS -> functionals().extractColumn(y);
        };
    }

    /** The functionals extractor, made on first use (16 kHz only). */
    private AcousticFunctionals functionals() {
        if (functionals == null) {
            if (sampleRate != AcousticFunctionals.SAMPLE_RATE) {
                throw new IllegalArgumentException("functionals are defined at " + AcousticFunctionals.SAMPLE_RATE
                        + " Hz; use --sr " + AcousticFunctionals.SAMPLE_RATE + " (got " + sampleRate + ")");
            }
            functionals = new AcousticFunctionals();
        }
        return functionals;
    }
}
