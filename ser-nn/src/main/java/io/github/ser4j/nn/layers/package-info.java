/**
 * Network layers, after PyTorch's {@code torch.nn}.
 *
 * <p>A {@link io.github.ser4j.nn.layers.Module} owns named parameters (trained), buffers
 * (saved but not trained, such as batch norm's running statistics) and child modules, and
 * computes {@code forward(input)}. Layers are thin: each holds its configuration and
 * parameters and calls one op from {@code io.github.ser4j.nn.ops}, where the arithmetic and
 * its derivative live. Names of parameters and buffers are PyTorch's ({@code "0.weight"},
 * {@code "3.running_var"}), so weights can be exchanged with PyTorch state dicts.
 *
 * <p>A model is usually a {@link io.github.ser4j.nn.layers.Sequential}:
 *
 * <pre>{@code
 * RandomGenerator rng = new SplittableRandom(42);
 * Sequential model = new Sequential(
 *         new Conv1d(1, 8, SlidingWindow.same(5, 1, 1), true, rng),
 *         new BatchNorm1d(8), new ReLU(),
 *         new MaxPool1d(SlidingWindow.same(5, 2, 1)),     // Keras MaxPool1D(5, strides=2, padding='same')
 *         new Flatten(), new Linear(8 * 16, 3, rng));
 * Tensor loss = new CrossEntropyLoss().forward(model.forward(x), labels);
 * model.zeroGrad();
 * loss.backward();                                       // gradients in each parameter's grad()
 * model.eval();
 * try (NoGrad scope = NoGrad.enter()) {
 *     Tensor logits = model.forward(x);                 // running statistics, no dropout, no graph
 * }
 * }</pre>
 *
 * <p>Training versus evaluation matters for two layers: {@link io.github.ser4j.nn.layers.BatchNorm1d}
 * normalises with batch statistics and updates its running ones in training, and uses the
 * running ones in evaluation; {@link io.github.ser4j.nn.layers.Dropout} is the identity in
 * evaluation. Read {@link io.github.ser4j.nn.layers.Module} first, then
 * {@link io.github.ser4j.nn.layers.Linear}.
 */
package io.github.ser4j.nn.layers;
