/**
 * Weight initialisation.
 *
 * <p>Training starts well only if signals neither die nor explode as they pass through the
 * layers. For a unit {@code y = sum_i w_i x_i} with independent zero-mean terms,
 * {@code Var(y) = fanIn Var(w) Var(x)}; keeping {@code Var(y) = Var(x)} asks for
 * {@code Var(w) = 1 / fanIn}, and doing the same for the gradients asks for
 * {@code 1 / fanOut}. {@link io.github.ser4j.nn.init.Xavier} compromises with
 * {@code 2 / (fanIn + fanOut)}; {@link io.github.ser4j.nn.init.Kaiming} doubles
 * {@code 1 / fanIn} because a ReLU discards half the signal;
 * {@link io.github.ser4j.nn.init.Orthogonal} preserves norms exactly, which suits recurrent
 * weights applied many times. {@link io.github.ser4j.nn.init.PyTorchDefault} is what
 * PyTorch layers use unless told otherwise.
 *
 * <p>Every initialiser takes an explicit {@link java.util.random.RandomGenerator}: the same
 * seed gives the same weights. Read {@link io.github.ser4j.nn.init.Fan} first.
 */
package io.github.ser4j.nn.init;
