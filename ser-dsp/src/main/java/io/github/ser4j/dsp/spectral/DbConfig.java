package io.github.ser4j.dsp.spectral;

/**
 * Parameters of a decibel conversion, as {@code librosa.power_to_db} and
 * {@code librosa.amplitude_to_db} take them.
 *
 * @param ref      reference value (the 0 dB level), used when {@code refIsMax} is false;
 *                 librosa uses {@code |ref|}
 * @param refIsMax if true, the reference is the largest value of the whole input
 *                 ({@code ref=np.max})
 * @param amin     floor applied before the logarithm, {@code > 0}
 * @param topDb    dynamic range kept: values below {@code max - topDb} dB are raised to it;
 *                 {@link #NO_TOP_DB} (positive infinity) for librosa's {@code top_db=None}
 */
public record DbConfig(double ref, boolean refIsMax, double amin, double topDb) {
    /** {@code top_db=None}: no clamping. */
    public static final double NO_TOP_DB = Double.POSITIVE_INFINITY;

    /** Validates the fields; messages name the field and the value. */
    public DbConfig {
        if (!refIsMax && (Double.isNaN(ref) || Double.isInfinite(ref))) {
            throw new IllegalArgumentException("ref must be finite, got " + ref);
        }
        if (!(amin > 0) || Double.isInfinite(amin)) {
            throw new IllegalArgumentException("amin must be strictly positive and finite, got " + amin);
        }
        if (!(topDb >= 0)) {
            throw new IllegalArgumentException("topDb must be non-negative (or NO_TOP_DB), got " + topDb);
        }
    }

    /** {@code librosa.power_to_db} defaults: {@code ref=1.0, amin=1e-10, top_db=80}. */
    public static DbConfig power() {
        return new DbConfig(1.0, false, 1e-10, 80.0);
    }

    /** {@code librosa.amplitude_to_db} defaults: {@code ref=1.0, amin=1e-5, top_db=80}. */
    public static DbConfig amplitude() {
        return new DbConfig(1.0, false, 1e-5, 80.0);
    }

    /** This conversion with {@code ref=np.max}. */
    public DbConfig withRefMax() {
        return new DbConfig(1.0, true, amin, topDb);
    }

    /** This conversion with a fixed reference value. */
    public DbConfig withRef(double value) {
        return new DbConfig(value, false, amin, topDb);
    }

    /** This conversion with another {@code top_db}. */
    public DbConfig withTopDb(double db) {
        return new DbConfig(ref, refIsMax, amin, db);
    }

    /** This conversion with {@code top_db=None}. */
    public DbConfig withoutTopDb() {
        return new DbConfig(ref, refIsMax, amin, NO_TOP_DB);
    }

    /** This conversion with another {@code amin}. */
    public DbConfig withAmin(double value) {
        return new DbConfig(ref, refIsMax, value, topDb);
    }

    /** Whether each frame's result depends on that frame alone (fixed ref, no top_db). */
    public boolean isFrameLocal() {
        return !refIsMax && topDb == NO_TOP_DB;
    }
}
