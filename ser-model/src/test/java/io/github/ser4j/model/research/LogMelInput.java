package io.github.ser4j.model.research;

import io.github.ser4j.dsp.features.Features;
import io.github.ser4j.dsp.spectral.MelConfig;
import io.github.ser4j.dsp.spectral.MelFilterbank;
import io.github.ser4j.dsp.spectral.MelNorm;
import io.github.ser4j.dsp.spectral.PadMode;
import io.github.ser4j.dsp.spectral.StftConfig;
import io.github.ser4j.dsp.spectral.Window;

/**
 * The CNN's input: 64 log-mel bands at 16 kHz (25 ms Hann window in a 512-point FFT, 10 ms
 * hop, centred, zero padding; Slaney mel 20-8000 Hz; 10 log10(power + 1e-10)), normalised
 * per utterance by one offset and one scale: minus the mean over the utterance's active
 * time-frequency cells (frames within 60 dB of the loudest), divided by 20 dB. A single
 * offset removes the recording gain but keeps the spectral tilt and the band-energy contrasts
 * that carry arousal; a per-band normalisation would erase them.
 */
final class LogMelInput {
    static final int N_MELS = 64;
    private static final StftConfig STFT = new StftConfig(512, 160, 400, Window.HANN, true, PadMode.CONSTANT);
    private static final MelFilterbank MEL = MelFilterbank.of(
            new MelConfig(16000, 512, N_MELS, 20, 8000, false, MelNorm.SLANEY));

    private LogMelInput() {
    }

    /** {@code [mel][frame]} for one 16 kHz signal. */
    static float[][] compute(float[] y) {
        float[][] mel = MEL.apply(Features.stftPower(y, STFT));
        int frames = mel[0].length;
        float[] frameDb = new float[frames];
        float max = -Float.MAX_VALUE;
        for (int t = 0; t < frames; t++) {
            double e = 0;
            for (float[] band : mel) {
                e += band[t];
            }
            frameDb[t] = (float) (10 * Math.log10(e + 1e-10));
            max = Math.max(max, frameDb[t]);
        }
        for (float[] band : mel) {
            for (int t = 0; t < frames; t++) {
                band[t] = (float) (10 * Math.log10(band[t] + 1e-10));
            }
        }
        double sum = 0;
        int n = 0;
        for (int t = 0; t < frames; t++) {
            if (frameDb[t] > max - 60) {
                for (float[] band : mel) {
                    sum += band[t];
                }
                n += mel.length;
            }
        }
        float mean = (float) (sum / Math.max(1, n));
        for (float[] band : mel) {
            for (int t = 0; t < frames; t++) {
                band[t] = Math.max(-4f, (band[t] - mean) / 20f);
            }
        }
        return mel;
    }
}
