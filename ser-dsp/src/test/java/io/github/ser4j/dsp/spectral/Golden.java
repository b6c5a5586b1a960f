package io.github.ser4j.dsp.spectral;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ser4j.dsp.testing.Npy;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Golden comparisons against the librosa 0.9.2 outputs in {@code golden/librosa}: the error
 * measure is {@code max |actual - expected| / max |expected|}, printed for the record.
 */
public final class Golden {
    private Golden() {
    }

    /** Reads {@code golden/librosa/<name>.npy}. */
    public static Npy.Array load(String name) {
        try {
            return Npy.resource("golden/librosa/" + name + ".npy");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The test signal: {@code librosa.load(..., sr=22050)}. */
    public static float[] signal22050() {
        return load("load_sr22050_kaiser_best").toFloats();
    }

    /** The test signal at 16 kHz. */
    public static float[] signal16000() {
        return load("load_sr16000_kaiser_best").toFloats();
    }

    /**
     * Asserts that {@code actual} (as {@code [rows][cols]}) has the golden's shape and lies within
     * {@code tol} of it relative to the golden's largest magnitude; returns the measured error.
     */
    public static double assertClose(String name, float[][] actual, double tol) {
        Npy.Array g = load(name);
        int rows = g.shape()[0];
        int cols = g.shape().length > 1 ? g.shape()[1] : 1;
        assertThat(actual.length).as(name + " rows").isEqualTo(rows);
        double scale = 0;
        for (double v : g.data()) {
            scale = Math.max(scale, Math.abs(v));
        }
        double err = 0;
        for (int i = 0; i < rows; i++) {
            assertThat(actual[i].length).as(name + " columns of row " + i).isEqualTo(cols);
            for (int j = 0; j < cols; j++) {
                err = Math.max(err, Math.abs(actual[i][j] - g.data()[i * cols + j]));
            }
        }
        double rel = err / (scale == 0 ? 1 : scale);
        System.out.printf("golden %-40s max abs err %.3e, relative to max %.3e (tol %.0e)%n", name, err, rel, tol);
        assertThat(rel).as(name + " max error relative to max |golden|").isLessThanOrEqualTo(tol);
        return rel;
    }

    /** {@link #assertClose(String, float[][], double)} for a 1-D golden. */
    public static double assertClose(String name, float[] actual, double tol) {
        Npy.Array g = load(name);
        assertThat(g.shape()).as(name + " is 1-D").hasSize(1);
        float[][] col = new float[actual.length][1];
        for (int i = 0; i < actual.length; i++) {
            col[i][0] = actual[i];
        }
        return assertClose(name, col, tol);
    }

    /** {@link #assertClose(String, float[][], double)} for a 1-D golden, in double. */
    public static double assertClose(String name, double[] actual, double tol) {
        Npy.Array g = load(name);
        assertThat(g.data().length).as(name + " size").isEqualTo(actual.length);
        double scale = 0;
        double err = 0;
        for (int i = 0; i < actual.length; i++) {
            scale = Math.max(scale, Math.abs(g.data()[i]));
            err = Math.max(err, Math.abs(actual[i] - g.data()[i]));
        }
        double rel = err / (scale == 0 ? 1 : scale);
        System.out.printf("golden %-40s max abs err %.3e, relative to max %.3e (tol %.0e)%n", name, err, rel, tol);
        assertThat(rel).as(name + " max error relative to max |golden|").isLessThanOrEqualTo(tol);
        return rel;
    }

    /** A complex golden {@code [bins][frames][2]} split into (re, im). */
    public static ComplexSpectrogram complex(String name) {
        Npy.Array g = load(name);
        int bins = g.shape()[0];
        int frames = g.shape()[1];
        float[][] re = new float[bins][frames];
        float[][] im = new float[bins][frames];
        for (int k = 0; k < bins; k++) {
            for (int t = 0; t < frames; t++) {
                re[k][t] = (float) g.data()[(k * frames + t) * 2];
                im[k][t] = (float) g.data()[(k * frames + t) * 2 + 1];
            }
        }
        return new ComplexSpectrogram(re, im);
    }
}
