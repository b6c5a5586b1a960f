package io.github.ser4j.dsp.spectral;

/**
 * How a signal is extended past its ends when frames are centred ({@code numpy.pad} modes).
 *
 * <p>librosa 0.9.x centres STFT frames with {@link #CONSTANT} (zeros); librosa 0.8.x and
 * earlier used {@link #REFLECT}. {@code librosa.feature.zero_crossing_rate} always uses
 * {@link #EDGE}.
 */
public enum PadMode {
    /** Zeros: {@code np.pad(y, p, mode='constant')}. */
    CONSTANT,
    /**
     * Mirror without repeating the end sample: {@code [3 2 1 | 0 1 2 3 | 2 1 0]}
     * ({@code np.pad(y, p, mode='reflect')}). Pads longer than the signal keep reflecting, so
     * the extension is periodic with period {@code 2(n-1)}; a one-sample signal repeats.
     */
    REFLECT,
    /** Repeat the end sample: {@code np.pad(y, p, mode='edge')}. */
    EDGE;

    /**
     * The sample at index {@code j} of the signal extended in this mode; {@code j} may lie
     * outside {@code [0, n)}.
     *
     * @param y the signal (non-empty unless this is {@link #CONSTANT})
     * @param n its length ({@code y} may be longer: only {@code y[0..n)} is the signal)
     * @param j the index
     * @return the (extended) sample value
     */
    public float sampleAt(float[] y, int n, long j) {
        if (j >= 0 && j < n) {
            return y[(int) j];
        }
        return switch (this) {
            case CONSTANT -> 0f;
            case EDGE -> y[j < 0 ? 0 : n - 1];
            case REFLECT -> y[reflectIndex(j, n)];
        };
    }

    /** Index into {@code [0, n)} that reflect padding reads for position {@code j}. */
    static int reflectIndex(long j, int n) {
        if (n == 1) {
            return 0;
        }
        long period = 2L * (n - 1);
        long m = Math.floorMod(j, period);
        return (int) (m < n ? m : period - m);
    }

    /**
     * {@code np.pad(y, (left, right), mode)}: a new array of {@code left + y.length + right}
     * samples.
     *
     * @param y     the signal
     * @param left  samples added before, {@code >= 0}
     * @param right samples added after, {@code >= 0}
     * @return the padded copy
     * @throws IllegalArgumentException if {@code y} is empty and this mode must read from it
     */
    public float[] pad(float[] y, int left, int right) {
        if (left < 0 || right < 0) {
            throw new IllegalArgumentException("pad widths must be >= 0, got left=" + left + ", right=" + right);
        }
        if (y.length == 0 && this != CONSTANT && (left > 0 || right > 0)) {
            throw new IllegalArgumentException("cannot pad an empty signal in mode " + this);
        }
        long total = (long) left + y.length + right;
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("padded signal too long: " + total + " samples");
        }
        float[] out = new float[(int) total];
        System.arraycopy(y, 0, out, left, y.length);
        if (this != CONSTANT) {
            for (int i = 0; i < left; i++) {
                out[i] = sampleAt(y, y.length, (long) i - left);
            }
            for (int i = 0; i < right; i++) {
                out[left + y.length + i] = sampleAt(y, y.length, (long) y.length + i);
            }
        }
        return out;
    }
}
