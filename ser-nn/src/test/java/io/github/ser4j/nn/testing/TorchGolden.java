package io.github.ser4j.nn.testing;

import io.github.ser4j.nn.io.NpyArray;
import io.github.ser4j.nn.io.Npz;
import io.github.ser4j.nn.tensor.Tensor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** One PyTorch golden archive from src/test/resources/golden/nn, with comparison helpers. */
public final class TorchGolden {
    private final String name;
    private final Map<String, NpyArray> arrays;

    private TorchGolden(String name, Map<String, NpyArray> arrays) {
        this.name = name;
        this.arrays = arrays;
    }

    /** Loads {@code golden/nn/<name>}. */
    public static TorchGolden load(String name) {
        String path = "/golden/nn/" + name;
        try (InputStream in = TorchGolden.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return new TorchGolden(name, Npz.read(in, path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The array {@code key} as float64 values. */
    public double[] values(String key) {
        return array(key).toDoubles();
    }

    /** The array {@code key} as a new float32 tensor. */
    public Tensor tensor(String key) {
        return array(key).toTensor();
    }

    /** The array {@code key}'s shape. */
    public int[] shape(String key) {
        return array(key).shape();
    }

    /** Whether the archive holds {@code key}. */
    public boolean has(String key) {
        return arrays.containsKey(key);
    }

    private NpyArray array(String key) {
        NpyArray a = arrays.get(key);
        if (a == null) {
            throw new IllegalArgumentException(name + " has no array '" + key + "'; it has " + arrays.keySet());
        }
        return a;
    }

    /** {@code max |actual - expected| / max |expected|}, the error relative to the array's scale. */
    public static double relErrToMax(float[] actual, double[] expected) {
        if (actual.length != expected.length) {
            throw new IllegalArgumentException("length " + actual.length + " vs " + expected.length);
        }
        double scale = 0;
        double diff = 0;
        for (int i = 0; i < expected.length; i++) {
            scale = Math.max(scale, Math.abs(expected[i]));
            diff = Math.max(diff, Math.abs(actual[i] - expected[i]));
        }
        return diff / scale;
    }
}
