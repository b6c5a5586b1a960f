/**
 * Hot loops of the resamplers: a float32 dot product with a plain scalar reference
 * ({@link io.github.ser4j.dsp.resample.kernels.ScalarDot}, read it first) and a Vector API
 * twin chosen at start-up by {@link io.github.ser4j.dsp.resample.kernels.DotKernel#preferred()}.
 *
 * <p>A polyphase resampler spends nearly all its time computing
 * {@code y[t] = sum_j c_p[j] * x[start_t + j]} for a precomputed coefficient row
 * {@code c_p}: a dot product of two contiguous float runs a few hundred long, which is
 * exactly the shape SIMD hardware is good at. The vector version keeps four accumulators
 * so that consecutive fused multiply-adds do not wait on each other, and finishes with a
 * scalar tail instead of a masked load.
 *
 * <p>The Vector API lives in the incubator module {@code jdk.incubator.vector}; when it is
 * absent (or {@code -Dser4j.simd=false}) the scalar kernel is used and the library works
 * the same, only slower.
 */
package io.github.ser4j.dsp.resample.kernels;
