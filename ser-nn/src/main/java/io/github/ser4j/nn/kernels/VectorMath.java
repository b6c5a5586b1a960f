package io.github.ser4j.nn.kernels;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@code exp} and {@code tanh} on float vectors from additions, multiplications and fused
 * multiply-adds only.
 *
 * <p>Why not {@code lanewise(EXP)}: the Vector API computes transcendental lane-wise operations
 * with a native math library once the JIT has compiled the kernel, and with
 * {@link Math#exp} per lane before that; the two can differ in the last bit, so the same
 * training run could give different weights depending on when the JIT kicked in. Every
 * operation used here is exactly rounded in both modes, so the result is the same bit for
 * bit, compiled or not.
 *
 * <p>exp (Cephes {@code expf}): {@code x = n ln 2 + r} with {@code n = floor(x log2 e + 1/2)}
 * and {@code |r| <= ln2 / 2}; {@code ln 2} is split in two constants so {@code r} is exact;
 * {@code e^r = 1 + r + r^2 p(r)} with a degree-5 minimax polynomial {@code p}; then
 * {@code 2^n} is put straight into the exponent bits. Relative error below 2e-7 on
 * {@code [-87, 88]}; inputs are clamped to that range and results below it flush to 0.
 *
 * <p>tanh (Cephes {@code tanhf}): for {@code |x| < 0.625} an odd polynomial
 * {@code x + x^3 q(x^2)}, which keeps full relative precision near 0; above,
 * {@code 1 - 2 / (e^{2|x|} + 1)} with the sign of {@code x}.
 *
 * <p>Load only when {@link Simd#enabled()}.
 */
final class VectorMath {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Integer> I = IntVector.SPECIES_PREFERRED;

    private static final float EXP_HI = 88.0f;
    private static final float EXP_LO = -87.33654f;
    private static final float LOG2E = 1.44269504088896341f;
    private static final float LN2_HI = 0.693359375f;
    private static final float LN2_LO = -2.12194440e-4f;
    private static final float P0 = 1.9875691500e-4f;
    private static final float P1 = 1.3981999507e-3f;
    private static final float P2 = 8.3334519073e-3f;
    private static final float P3 = 4.1665795894e-2f;
    private static final float P4 = 1.6666665459e-1f;
    private static final float P5 = 5.0000001201e-1f;

    private static final float T0 = -5.70498872745e-3f;
    private static final float T1 = 2.06390887954e-2f;
    private static final float T2 = -5.37397155531e-2f;
    private static final float T3 = 1.33314422036e-1f;
    private static final float T4 = -3.33332819422e-1f;

    private VectorMath() {
    }

    /** {@code e^x} per lane. */
    static FloatVector exp(FloatVector x) {
        FloatVector one = FloatVector.broadcast(S, 1f);
        VectorMask<Float> underflow = x.compare(VectorOperators.LT, EXP_LO);
        FloatVector xc = x.max(EXP_LO).min(EXP_HI);
        // n = floor(x log2(e) + 0.5): truncate, then step down where truncation rounded up.
        FloatVector fx = xc.fma(FloatVector.broadcast(S, LOG2E), FloatVector.broadcast(S, 0.5f));
        IntVector ni = (IntVector) fx.convert(VectorOperators.F2I, 0);
        FloatVector n = (FloatVector) ni.convert(VectorOperators.I2F, 0);
        VectorMask<Float> tooHigh = n.compare(VectorOperators.GT, fx);
        n = n.sub(one, tooHigh);
        ni = (IntVector) n.convert(VectorOperators.F2I, 0);
        FloatVector r = n.fma(FloatVector.broadcast(S, -LN2_HI), xc);
        r = n.fma(FloatVector.broadcast(S, -LN2_LO), r);
        FloatVector p = r.fma(FloatVector.broadcast(S, P0), FloatVector.broadcast(S, P1));
        p = p.fma(r, FloatVector.broadcast(S, P2));
        p = p.fma(r, FloatVector.broadcast(S, P3));
        p = p.fma(r, FloatVector.broadcast(S, P4));
        p = p.fma(r, FloatVector.broadcast(S, P5));
        FloatVector y = p.fma(r.mul(r), r).add(one);
        // 2^n as a float: exponent field n + 127, n in [-126, 127] after the clamp.
        FloatVector scale = ni.add(IntVector.broadcast(I, 127))
                .lanewise(VectorOperators.LSHL, 23)
                .reinterpretAsFloats();
        return y.mul(scale).blend(0f, underflow);
    }

    /** {@code 1 / (1 + e^-x)} per lane. */
    static FloatVector sigmoid(FloatVector x) {
        FloatVector one = FloatVector.broadcast(S, 1f);
        return one.div(exp(x.neg()).add(one));
    }

    /** {@code tanh(x)} per lane. */
    static FloatVector tanh(FloatVector x) {
        FloatVector one = FloatVector.broadcast(S, 1f);
        FloatVector ax = x.abs();
        // large |x|: 1 - 2 / (e^{2|x|} + 1), sign restored below
        FloatVector big = one.sub(FloatVector.broadcast(S, 2f).div(exp(ax.add(ax)).add(one)));
        big = big.blend(big.neg(), x.compare(VectorOperators.LT, 0f));
        // small |x|: x + x^3 q(x^2)
        FloatVector z = x.mul(x);
        FloatVector q = z.fma(FloatVector.broadcast(S, T0), FloatVector.broadcast(S, T1));
        q = q.fma(z, FloatVector.broadcast(S, T2));
        q = q.fma(z, FloatVector.broadcast(S, T3));
        q = q.fma(z, FloatVector.broadcast(S, T4));
        FloatVector small = q.mul(z).fma(x, x);
        return big.blend(small, ax.compare(VectorOperators.LT, 0.625f));
    }
}
