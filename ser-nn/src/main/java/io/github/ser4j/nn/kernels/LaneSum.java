package io.github.ser4j.nn.kernels;

import jdk.incubator.vector.FloatVector;

/**
 * Sums the lanes of a float vector in a fixed order (lane 0, 1, 2, ...).
 *
 * <p>{@code FloatVector.reduceLanes(ADD)} leaves the order of the additions unspecified, and
 * in practice the interpreted fallback and the JIT intrinsic add in different orders, so the
 * same kernel can round differently before and after it is compiled. Training must be
 * reproducible bit for bit for a seed, so every horizontal sum in the vector kernels goes
 * through here. It runs once per row, never in an inner loop. Load only when
 * {@link Simd#enabled()}.
 */
final class LaneSum {
    private LaneSum() {
    }

    /** {@code v[0] + v[1] + ... + v[n-1]}, added left to right. */
    static float of(FloatVector v) {
        float s = 0f;
        for (int i = 0; i < v.length(); i++) {
            s += v.lane(i);
        }
        return s;
    }
}
