/**
 * Differentiable operations, one per class, forward and backward side by side.
 *
 * <p>Each op has a static {@code apply} that computes its output and, when gradients are
 * being recorded, a private constructor that saves what the backward pass needs. Its
 * {@code backward(g)} receives {@code g = dL/dy} and adds {@code dL/dx} into each input's
 * gradient. A few examples of the chain rule as written here:
 *
 * <ul>
 *   <li>{@link io.github.ser4j.nn.ops.Mul}: {@code y = a b}, so {@code da = g b},
 *   {@code db = g a}; when {@code b} was broadcast (a bias of shape {@code [C, 1]} over
 *   {@code [N, C, T]}), its gradient is summed over the repeated axes.</li>
 *   <li>{@link io.github.ser4j.nn.ops.MatMul}: {@code C = A B}, so {@code dA = G B^T} and
 *   {@code dB = A^T G}, both one GEMM.</li>
 *   <li>{@link io.github.ser4j.nn.ops.Softmax}: {@code dx_i = y_i (g_i - sum_j g_j y_j)}.</li>
 *   <li>{@link io.github.ser4j.nn.ops.Convolution1d}: {@code y = W col(x)}, so
 *   {@code dW = G col(x)^T} and {@code dx = col^T(W^T G)}; several samples' column blocks
 *   sit side by side so one GEMM serves a chunk of the batch (the package-private
 *   {@code ColumnConvolution}, shared with {@link io.github.ser4j.nn.ops.Convolution2d}).</li>
 * </ul>
 *
 * <p>Outside a gradient-recording scope ({@link io.github.ser4j.nn.tensor.NoGrad}) ops save
 * nothing for a backward pass and skip what only it needs: max pooling computes the maxima
 * without their positions. Internal scratch (convolution column matrices) is per thread and
 * reused across calls; every op output is a fresh tensor, so a later call never overwrites an
 * earlier result.
 *
 * <p>Shapes follow numpy/PyTorch; errors name the op, the shapes and the axis. Hot inner
 * loops (activations, softmax, im2col, pooling, normalisation) live in
 * {@code io.github.ser4j.nn.kernels} as plain static functions over {@code float[]}; matrix
 * products go through {@link io.github.ser4j.nn.kernels.Gemm}.
 *
 * <p>Read {@link io.github.ser4j.nn.ops.Mul} first, then {@link io.github.ser4j.nn.ops.MatMul}.
 */
package io.github.ser4j.nn.ops;
