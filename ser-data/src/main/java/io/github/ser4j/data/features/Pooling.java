package io.github.ser4j.data.features;

import java.util.Locale;

/**
 * How a recipe turns its frame-level features ({@code [coefficient][frame]} each) into the
 * array a model takes.
 */
public enum Pooling {
    /**
     * The frames themselves: the features stacked along the coefficient axis,
     * {@code np.vstack([f1, f2, ...])}, giving {@code [sum of rows][frames]}. All features must
     * have the same hop length so that their frames line up.
     */
    FRAMES("frames"),
    /**
     * The time mean of every row, {@code np.mean(f.T, axis=0)} for each feature, concatenated:
     * {@code [sum of rows]}.
     */
    MEAN("mean"),
    /**
     * Statistics over time of every row, per feature {@code [mean(rows), std(rows), min(rows),
     * max(rows)]} (std is numpy's population {@code np.std}, ddof 0), concatenated:
     * {@code [4 * sum of rows]}.
     */
    STATS("stats"),
    /**
     * Frame-wise flattening: each feature as {@code np.ravel(f.T)} (frame-major, all of frame
     * 0's coefficients, then frame 1's, ...), then all features concatenated in recipe order,
     * {@code np.hstack([...])}: {@code [sum over features of rows * frames]}. A one-row feature
     * (ZCR, RMS) contributes its frame vector. This is the seed-000 layout.
     */
    FLATTEN("flatten");

    private final String id;

    Pooling(String id) {
        this.id = id;
    }

    /** The lower-case name used in recipe text. */
    public String id() {
        return id;
    }

    /**
     * The pooling named {@code name} (case-insensitive).
     *
     * @throws IllegalArgumentException naming the value and the accepted names
     */
    public static Pooling fromId(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (Pooling p : values()) {
            if (p.id.equals(n)) {
                return p;
            }
        }
        throw new IllegalArgumentException("pooling must be one of frames, mean, stats, flatten; got '" + name + "'");
    }

    @Override
    public String toString() {
        return id;
    }
}
