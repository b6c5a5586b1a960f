package io.github.ser4j.cli.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * "Nice" axis ticks: a step of 1, 2 or 5 times a power of ten, chosen so that about
 * {@code target} ticks cover {@code [min, max]}, and the range widened outwards to whole steps.
 *
 * @param lo   the first tick (at or below the data minimum)
 * @param hi   the last tick (at or above the data maximum)
 * @param step the distance between ticks, {@code > 0}
 */
record AxisTicks(double lo, double hi, double step) {

    /** Ticks for data in {@code [min, max]}; a degenerate range is widened around its value. */
    static AxisTicks of(double min, double max, int target) {
        if (!Double.isFinite(min) || !Double.isFinite(max)) {
            return new AxisTicks(0, 1, 0.2);
        }
        if (max - min < 1e-12) {
            double pad = Math.max(Math.abs(min) * 0.1, 0.05);
            min -= pad;
            max += pad;
        }
        double raw = (max - min) / Math.max(1, target);
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double norm = raw / mag;
        double step = (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10) * mag;
        double lo = Math.floor(min / step + 1e-9) * step;
        double hi = Math.ceil(max / step - 1e-9) * step;
        return new AxisTicks(lo, hi, step);
    }

    /** The tick values from {@link #lo} to {@link #hi}. */
    List<Double> values() {
        List<Double> v = new ArrayList<>();
        int n = (int) Math.round((hi - lo) / step);
        for (int i = 0; i <= n; i++) {
            v.add(lo + i * step);
        }
        return v;
    }

    /** A tick label with as many decimals as the step needs. */
    String label(double v) {
        int decimals = Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9));
        return String.format(Locale.ROOT, "%." + decimals + "f", Math.abs(v) < step * 1e-6 ? 0.0 : v);
    }
}
