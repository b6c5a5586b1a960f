package io.github.ser4j.data.synth;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/** Independent measurements on synthesised audio: RMS, autocorrelation F0, a PCM WAV reader. */
final class VoiceMeasures {
    private VoiceMeasures() {
    }

    /** Root mean square over the whole signal. */
    static double rms(float[] x) {
        double s = 0;
        for (float v : x) {
            s += (double) v * v;
        }
        return Math.sqrt(s / x.length);
    }

    /**
     * F0 track by normalised autocorrelation: the signal is halved in rate (pair means),
     * 30 ms frames every 10 ms; a frame is voiced if its RMS is within 20 dB of the loudest
     * frame's and its autocorrelation peak in the 60-500 Hz lag range exceeds 0.5.
     *
     * @return F0 per frame in Hz, NaN for unvoiced frames
     */
    static double[] f0Track(float[] signal, int sampleRate) {
        float[] x = new float[signal.length / 2];
        for (int i = 0; i < x.length; i++) {
            x[i] = 0.5f * (signal[2 * i] + signal[2 * i + 1]);
        }
        int sr = sampleRate / 2;
        int frame = (int) (0.03 * sr);
        int hop = (int) (0.01 * sr);
        int minLag = sr / 500;
        int maxLag = sr / 60;
        int frames = Math.max(0, (x.length - frame - maxLag - 1) / hop);
        double maxRms = 0;
        for (int f = 0; f < frames; f++) {
            maxRms = Math.max(maxRms, rms(x, f * hop, frame));
        }
        double[] out = new double[frames];
        for (int f = 0; f < frames; f++) {
            int start = f * hop;
            out[f] = Double.NaN;
            if (rms(x, start, frame) < maxRms * 0.1) {
                continue;
            }
            double e0 = 0;
            for (int i = 0; i < frame; i++) {
                e0 += (double) x[start + i] * x[start + i];
            }
            double[] r = new double[maxLag + 2];
            double best = 0;
            for (int lag = minLag; lag <= maxLag + 1; lag++) {
                double c = 0;
                double e1 = 0;
                for (int i = 0; i < frame; i++) {
                    c += (double) x[start + i] * x[start + i + lag];
                    e1 += (double) x[start + i + lag] * x[start + i + lag];
                }
                r[lag] = c / Math.sqrt(e0 * e1 + 1e-20);
                best = Math.max(best, r[lag]);
            }
            // the first local maximum close to the best one: avoids picking a multiple of the period
            int bestLag = -1;
            for (int lag = minLag + 1; lag <= maxLag; lag++) {
                if (r[lag] >= 0.85 * best && r[lag] >= r[lag - 1] && r[lag] >= r[lag + 1]) {
                    bestLag = lag;
                    break;
                }
            }
            if (bestLag < 0) {
                continue;
            }
            if (best > 0.5) {
                out[f] = sr / (double) bestLag;
            }
        }
        return out;
    }

    /** Mean of the voiced frames of {@link #f0Track} between fractions {@code from} and {@code to} of them. */
    static double meanF0(double[] track, double from, double to) {
        double[] voiced = java.util.Arrays.stream(track).filter(v -> !Double.isNaN(v)).toArray();
        int a = (int) (from * voiced.length);
        int b = Math.max(a + 1, (int) (to * voiced.length));
        double s = 0;
        for (int i = a; i < b && i < voiced.length; i++) {
            s += voiced[i];
        }
        return s / (Math.min(b, voiced.length) - a);
    }

    /** Mean F0 of the whole signal. */
    static double meanF0(float[] x, int sr) {
        return meanF0(f0Track(x, sr), 0, 1);
    }

    /** Pitch range: the interquartile range of the voiced frames' F0, in semitones (robust to octave errors). */
    static double f0RangeSemitones(double[] track) {
        double[] st = java.util.Arrays.stream(track).filter(v -> !Double.isNaN(v))
                .map(v -> 12 * Math.log(v) / Math.log(2)).sorted().toArray();
        return st[(int) (0.75 * (st.length - 1))] - st[(int) (0.25 * (st.length - 1))];
    }

    /**
     * The alpha ratio, a spectral-tilt measure: energy between 1 and 5 kHz over energy
     * between 50 Hz and 1 kHz, in dB, summed over 512-sample FFT frames. Flatter tilt (more
     * high-frequency energy) gives a higher value.
     */
    static double alphaRatioDb(float[] x, int sr) {
        int n = 512;
        io.github.ser4j.dsp.fft.RealFft fft = io.github.ser4j.dsp.fft.RealFft.of(n);
        float[] re = new float[fft.bins()];
        float[] im = new float[fft.bins()];
        double lo = 0;
        double hi = 0;
        for (int start = 0; start + n <= x.length; start += n) {
            fft.forward(x, start, re, im);
            for (int k = 1; k < fft.bins(); k++) {
                double f = k * (double) sr / n;
                double p = (double) re[k] * re[k] + (double) im[k] * im[k];
                if (f >= 50 && f < 1000) {
                    lo += p;
                } else if (f >= 1000 && f < 5000) {
                    hi += p;
                }
            }
        }
        return 10 * Math.log10(hi / lo);
    }

    private static double rms(float[] x, int start, int len) {
        double s = 0;
        for (int i = start; i < start + len; i++) {
            s += (double) x[i] * x[i];
        }
        return Math.sqrt(s / len);
    }

    /** Reads a mono 16-bit PCM WAV with a 44-byte header, as WavWriter writes it. */
    static float[] readPcm16(Path file) throws IOException {
        byte[] b = Files.readAllBytes(file);
        ByteBuffer bb = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        if (bb.getInt(0) != 0x46464952 || bb.getShort(20) != 1 || bb.getShort(34) != 16) {
            throw new IOException("not 16-bit PCM: " + file);
        }
        int dataBytes = bb.getInt(40);
        float[] x = new float[dataBytes / 2];
        for (int i = 0; i < x.length; i++) {
            x[i] = bb.getShort(44 + 2 * i) / 32767f;
        }
        return x;
    }

    /** Sample rate field of a WAV header. */
    static int sampleRate(Path file) throws IOException {
        byte[] b = Files.readAllBytes(file);
        return ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).getInt(24);
    }
}
