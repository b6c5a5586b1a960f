/**
 * The hot loops of the neural-network engine: matrix multiply, convolution unfolding,
 * pooling, normalisation, activations, softmax and the recurrent-cell gate arithmetic. The
 * layers and autograd ops above ({@code io.github.ser4j.nn.ops}) only arrange shapes and call
 * these on flat {@code float[]} arrays with offsets.
 *
 * <h2>Read first: {@link io.github.ser4j.nn.kernels.Gemm}</h2>
 *
 * Almost all the arithmetic of a network is {@code C = alpha op(A) op(B) + beta C}: a linear
 * layer is one product, a convolution becomes one after {@link io.github.ser4j.nn.kernels.Im2col}
 * unfolds its input windows into columns, and a recurrent step is two. {@code Gemm} is a
 * facade over two implementations: {@link io.github.ser4j.nn.kernels.ScalarGemm}, the
 * three-loop definition a reader can check by eye, and {@code VectorGemm}, which reaches
 * most of the machine's peak with the structure of every fast BLAS (Goto and van de Geijn,
 * 2008):
 * <ul>
 *   <li><b>Register blocking.</b> A 4 x 16 tile of C lives in eight vector registers while
 *   the kernel streams through the shared dimension: each step loads two vectors of B,
 *   broadcasts four values of A and issues eight fused multiply-adds. That is 16 flops per
 *   loaded float instead of the 2 of the naive loop, and eight independent dependency chains,
 *   enough to keep both FMA pipes busy despite their latency.</li>
 *   <li><b>Packing.</b> The blocks of A and B the tile needs are first copied into contiguous
 *   "panels" ({@link io.github.ser4j.nn.kernels.GemmPacking}), in exactly the order the
 *   kernel reads them. Transposes, strides and ragged edges (zero-padded) are all dealt with
 *   there, once, so the kernel has a single case and no masks.</li>
 *   <li><b>Cache blocking.</b> The shared dimension is cut into slices of 256 so that a B
 *   sliver (256 x 16) stays in L1, a packed A block (144 x 256) in L2 and a packed B block
 *   (256 x 4096) in L3, each reused many times before it is evicted.</li>
 * </ul>
 *
 * <h2>Scalar twins and the Vector API</h2>
 *
 * Every kernel that uses the incubating Vector API ({@code jdk.incubator.vector}) has a
 * plain scalar twin beside it, and tests compare the two on odd sizes (1, 7, 17, 1023) that
 * exercise the scalar tails. {@link io.github.ser4j.nn.kernels.Simd} decides once per JVM
 * which is used: the Vector API when the module is present (the JVM was started with
 * {@code --add-modules=jdk.incubator.vector}) unless {@code -Dser4j.simd=false}; one log
 * line says which. Classes named {@code Vector*} are loaded only after that check, so the
 * library runs, scalar, on a JVM without the module. SIMD is used where it pays: GEMM,
 * anything with an exponential (sigmoid, tanh, softmax, the LSTM and GRU cells: the
 * lane-wise {@code EXP}/{@code TANH} intrinsics are 15-50x faster than {@link Math#exp}
 * per element), and long reductions (batch-norm statistics). Element-wise multiply-adds and
 * copies (ReLU forward, normalise, im2col) are memory-bound and already vectorised by the
 * JIT compiler, so they have no Vector API twin.
 *
 * <h2>Threads</h2>
 *
 * {@link io.github.ser4j.nn.kernels.Parallelism} owns the one pool all kernels share and the
 * thread count ({@code Parallelism.setThreads(n)}, property {@code ser4j.threads}, default the
 * number of processors). Kernels give each task a disjoint block of the output and never
 * split a reduction, so results are bit-for-bit identical for every thread count.
 */
package io.github.ser4j.nn.kernels;
