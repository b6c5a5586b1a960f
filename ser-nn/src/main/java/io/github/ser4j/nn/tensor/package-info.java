/**
 * Tensors and reverse-mode automatic differentiation.
 *
 * <p>A {@link io.github.ser4j.nn.tensor.Tensor} is a float32 array with a shape,
 * contiguous and row-major. Training a network needs the derivative of one number, the
 * loss {@code L}, with respect to every parameter. Reverse mode gets all of them in one
 * backward sweep, at a cost of a small multiple of the forward pass:
 *
 * <ol>
 *   <li><b>Record.</b> While gradients are enabled, every op whose inputs require a
 *   gradient attaches a {@link io.github.ser4j.nn.tensor.Function} to its output: the op's
 *   inputs plus whatever it must remember (the saved tensors). The outputs and functions
 *   form a directed acyclic graph from the parameters to the loss.</li>
 *   <li><b>Order.</b> {@link io.github.ser4j.nn.tensor.Tensor#backward()} sorts the graph
 *   topologically from the loss, so a node is visited only after every node that consumed
 *   it has passed its gradient on.</li>
 *   <li><b>Replay backwards.</b> Starting from {@code dL/dL = 1}, each node turns
 *   {@code dL/d(output)} into {@code dL/d(input)} by the chain rule,
 *   {@code dL/dx = (dy/dx)^T dL/dy}, and <em>adds</em> it into the input's gradient. A tensor
 *   read by two ops thus receives the sum of both contributions, which is exactly the
 *   multivariate chain rule.</li>
 * </ol>
 *
 * <p>Leaf tensors (parameters) keep their gradients, accumulating across backward calls
 * until {@code zeroGrad()}; intermediate gradients are freed as soon as they have been
 * passed on. Inside a {@link io.github.ser4j.nn.tensor.NoGrad} scope nothing is recorded,
 * so inference keeps no saved tensors alive.
 *
 * <p>Read {@link io.github.ser4j.nn.tensor.Tensor} first, then
 * {@link io.github.ser4j.nn.tensor.Function}, then one op such as
 * {@code io.github.ser4j.nn.ops.Mul}.
 */
package io.github.ser4j.nn.tensor;
