/**
 * Hot loops of the audio front end, each in a plain scalar version and a Vector API twin.
 *
 * <p>A kernel is a static method over primitive arrays with explicit offsets and lengths. It
 * allocates nothing, so a plan (an FFT, a filterbank) can call it per frame without garbage.
 * The scalar version ({@link io.github.ser4j.dsp.kernels.FftScalarKernel}) is the definition
 * a reader should study; the vector version
 * ({@link io.github.ser4j.dsp.kernels.FftVectorKernel}) does the same arithmetic eight floats
 * at a time and is tested against it on sizes with and without scalar tails.
 *
 * <p>Which one runs is decided once by {@link io.github.ser4j.dsp.kernels.Simd}: the Vector
 * API is an incubator module that a JVM may not have ({@code --add-modules
 * jdk.incubator.vector}), and {@code -Dser4j.simd=false} turns it off. Vector classes are
 * only touched behind that check, so the library runs on any JDK 17+ without the module.
 *
 * <p>Rules the vector kernels follow, each measured: species are {@code static final}
 * constants (a species passed as a parameter is 7x slower); no masked loads or stores in hot
 * loops (scalar tails instead); shuffles are single-input {@code rearrange} with constant
 * shuffles plus constant {@code blend}s (the two-input {@code rearrange} is not intrinsified on
 * JDK 17); and a method holds only a modest number of vector operations, because C2 stops
 * inlining the Vector API's internals past its node budget and then boxes every vector
 * (100x slower), which is why the 8 x 8 transpose of the FFT is two small sweeps in
 * methods too large to be inlined into their callers. One species per kernel class: adding
 * 128-bit loads to the FFT kernel made every 256-bit pass in it 10x slower on JDK 17.
 *
 * <p>The MFCC pipeline after the FFT has three more kernel pairs, all on frame-major data
 * (one row per frame, as the FFT's batch transform writes it):
 * <ul>
 *   <li>{@link io.github.ser4j.dsp.kernels.MelScalarKernel} /
 *   {@link io.github.ser4j.dsp.kernels.MelVectorKernel}: the sparse mel filterbank
 *   ({@code mel = W S}), each filter a chain of fused multiply-adds over its nonzero run of bins;
 *   the vector version does eight filters per vector from the weight groups of
 *   {@link io.github.ser4j.dsp.kernels.MelWeights};</li>
 *   <li>{@link io.github.ser4j.dsp.kernels.DecibelScalarKernel} /
 *   {@link io.github.ser4j.dsp.kernels.DecibelVectorKernel}: {@code 10 log10(max(amin, x)) -
 *   offset} with a float32 logarithm (exponent from the bits, polynomial for the mantissa);</li>
 *   <li>{@link io.github.ser4j.dsp.kernels.DctScalarKernel} /
 *   {@link io.github.ser4j.dsp.kernels.DctVectorKernel}: the truncated DCT-II as a small GEMM
 *   {@code Y = X B^T} with a 4 x 16 register tile.</li>
 * </ul>
 * Each vector kernel does, per output, exactly the operations of its scalar twin (lanewise
 * adds, multiplies and fused multiply-adds are correctly rounded, so they give the same bits in
 * a lane as in scalar code), so twins are bit-identical, and a frame computed alone (the
 * streaming front end) equals the same frame in a batch. None of them uses
 * {@code reduceLanes}, whose summation order is unspecified.
 *
 * <p>Read {@link io.github.ser4j.dsp.kernels.Simd} first, then the FFT kernels, then
 * {@link io.github.ser4j.dsp.kernels.MelScalarKernel}.
 */
package io.github.ser4j.dsp.kernels;
