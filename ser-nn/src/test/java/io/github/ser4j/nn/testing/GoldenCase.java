package io.github.ser4j.nn.testing;

import io.github.ser4j.nn.io.Npz;
import io.github.ser4j.nn.io.NpyArray;
import io.github.ser4j.nn.tensor.Tensor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One PyTorch golden file from {@code src/test/resources/golden/nn/}: arrays by name, and
 * a comparison that reports the error relative to the reference array's largest magnitude
 * (goldens are float64, ours float32) and prints it.
 */
public final class GoldenCase {
    private final String name;
    private final Map<String, NpyArray> arrays;

    private GoldenCase(String name, Map<String, NpyArray> arrays) {
        this.name = name;
        this.arrays = arrays;
    }

    /** Loads {@code golden/nn/<name>.npz} from the test classpath. */
    public static GoldenCase load(String name) {
        String path = "/golden/nn/" + name + ".npz";
        try (InputStream in = GoldenCase.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return new GoldenCase(name, Npz.read(in, path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private NpyArray array(String key) {
        NpyArray a = arrays.get(key);
        if (a == null) {
            throw new IllegalArgumentException(name + " has no array '" + key + "', has " + arrays.keySet());
        }
        return a;
    }

    /** The array as a float32 tensor (not requiring grad). */
    public Tensor tensor(String key) {
        NpyArray a = array(key);
        return Tensor.of(a.toFloats(), a.shape());
    }

    /** The array as ints (for class targets). */
    public int[] ints(String key) {
        long[] l = array(key).toLongs();
        int[] out = new int[l.length];
        for (int i = 0; i < l.length; i++) {
            out[i] = (int) l[i];
        }
        return out;
    }

    /** max |actual - expected| / max |expected|. */
    public double relativeError(String key, float[] actual) {
        NpyArray a = array(key);
        double[] e = a.toDoubles();
        assertThat(actual).as(name + "/" + key + " size").hasSize(e.length);
        double scale = 0;
        double diff = 0;
        for (int i = 0; i < e.length; i++) {
            scale = Math.max(scale, Math.abs(e[i]));
            diff = Math.max(diff, Math.abs(actual[i] - e[i]));
        }
        return scale == 0 ? diff : diff / scale;
    }

    /** Asserts the relative error of {@code actual} against array {@code key} is at most {@code tolerance}; prints it. */
    public void assertClose(String key, float[] actual, double tolerance) {
        double err = relativeError(key, actual);
        System.out.printf("%s/%s: max relative error %.3g (shape %s)%n", name, key, err,
                Arrays.toString(array(key).shape()));
        assertThat(err).as(name + "/" + key).isLessThanOrEqualTo(tolerance);
    }
}
