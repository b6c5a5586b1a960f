package io.github.ser4j.dsp.resample;

/**
 * The right half of a Kaiser-windowed sinc, tabulated finely enough to be interpolated
 * linearly at any fractional offset: resampy's {@code sinc_window} filter design.
 *
 * <p>With {@code N = 2^precisionBits * numZeros} the table holds {@code N + 1} points,
 * {@code numTable = 2^precisionBits} per zero crossing of the sinc:
 * <pre>
 *   h[j] = w[N + j] * rolloff * sinc(rolloff * j * numZeros / N),   j = 0 .. N
 *   w    = kaiser(2N + 1, beta), symmetric:  w[m] = I0(beta * sqrt(1 - ((m - N) / N)^2)) / I0(beta)
 *   sinc(x) = sin(pi x) / (pi x)
 * </pre>
 * This is exactly {@code get_window(('kaiser', beta), 2N+1, fftbins=False)[N:] * rolloff *
 * np.sinc(rolloff * np.linspace(0, num_zeros, N+1))}, the table resampy 0.4.2 ships as
 * {@code kaiser_best.npz} / {@code kaiser_fast.npz}. The rolloff places the cutoff a little
 * below Nyquist so that the transition band of the finite filter lies mostly above it.
 *
 * <p>Tables are designed in double precision once per parameter set and shared.
 */
public final class KaiserSincTable {
    /** resampy's {@code kaiser_best}. */
    public static final KaiserSincTable KAISER_BEST = new KaiserSincTable(50, 13, 0.917347, 12.9846);
    /** resampy's {@code kaiser_fast}. */
    public static final KaiserSincTable KAISER_FAST = new KaiserSincTable(24, 9, 0.868212, 9.90322);

    private final int numZeros;
    private final int precisionBits;
    private final double rolloff;
    private final double beta;
    private volatile double[] halfWindow;

    /**
     * A table design.
     *
     * @param numZeros      zero crossings of the sinc kept on each side, at least 1
     * @param precisionBits log2 of the table points per zero crossing, 1..16
     * @param rolloff       cutoff as a fraction of Nyquist, in (0, 1]
     * @param beta          Kaiser window shape parameter, non-negative
     */
    public KaiserSincTable(int numZeros, int precisionBits, double rolloff, double beta) {
        if (numZeros < 1 || numZeros > 1000) {
            throw new IllegalArgumentException("numZeros must be in 1..1000, got " + numZeros);
        }
        if (precisionBits < 1 || precisionBits > 16) {
            throw new IllegalArgumentException("precisionBits must be in 1..16, got " + precisionBits);
        }
        if (!(rolloff > 0 && rolloff <= 1)) {
            throw new IllegalArgumentException("rolloff must be in (0, 1], got " + rolloff);
        }
        if (!(beta >= 0 && beta < 700)) {
            throw new IllegalArgumentException("beta must be in [0, 700), got " + beta);
        }
        this.numZeros = numZeros;
        this.precisionBits = precisionBits;
        this.rolloff = rolloff;
        this.beta = beta;
    }

    /** The table for a resampy filter type; {@code POLYPHASE} has none. */
    public static KaiserSincTable of(ResampleType type) {
        return switch (type) {
            case KAISER_BEST -> KAISER_BEST;
            case KAISER_FAST -> KAISER_FAST;
            case POLYPHASE -> throw new IllegalArgumentException("polyphase resampling has no sinc table");
        };
    }

    /** Zero crossings kept on each side. */
    public int numZeros() {
        return numZeros;
    }

    /** Table points per zero crossing, {@code 2^precisionBits} (resampy's {@code num_table}). */
    public int numTable() {
        return 1 << precisionBits;
    }

    /** Cutoff as a fraction of Nyquist. */
    public double rolloff() {
        return rolloff;
    }

    /** Kaiser window beta. */
    public double beta() {
        return beta;
    }

    /**
     * The table, {@code numZeros * numTable + 1} points starting at the sinc's centre.
     * The array is shared: do not modify it.
     */
    public double[] halfWindow() {
        double[] h = halfWindow;
        if (h == null) {
            synchronized (this) {
                h = halfWindow;
                if (h == null) {
                    h = design();
                    halfWindow = h;
                }
            }
        }
        return h;
    }

    private double[] design() {
        int n = numTable() * numZeros;
        double[] h = new double[n + 1];
        double i0Beta = besselI0(beta);
        // np.linspace(0, numZeros, n + 1): i * step, with the last point set to the stop exactly.
        double step = numZeros / (double) n;
        for (int j = 0; j <= n; j++) {
            double t = j == n ? numZeros : j * step;
            // Symmetric Kaiser of length 2n+1 evaluated at m = n + j: ((m - alpha) / alpha)^2 with alpha = n.
            double r = (double) j / n;
            double w = besselI0(beta * Math.sqrt(1 - r * r)) / i0Beta;
            h[j] = w * (rolloff * sinc(rolloff * t));
        }
        return h;
    }

    /** numpy's normalised sinc, {@code sin(pi x) / (pi x)} with {@code sinc(0) = 1}. */
    static double sinc(double x) {
        if (x == 0) {
            return 1.0;
        }
        double y = Math.PI * x;
        return Math.sin(y) / y;
    }

    /**
     * The modified Bessel function of the first kind, order 0, by its power series
     * {@code I0(x) = sum_k ((x/2)^2)^k / (k!)^2}: all terms are positive, so the sum is
     * accurate to a few ulps for the arguments a window needs (|x| below a few hundred).
     */
    static double besselI0(double x) {
        double q = 0.25 * x * x;
        double term = 1.0;
        double sum = 1.0;
        for (int k = 1; k < 1000; k++) {
            term *= q / ((double) k * k);
            sum += term;
            if (term < sum * 1e-17) {
                break;
            }
        }
        return sum;
    }
}
