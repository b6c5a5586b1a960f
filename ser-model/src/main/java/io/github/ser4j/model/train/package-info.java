/**
 * Training a classifier on feature tensors: mini-batches, a loss, an optimizer, a schedule,
 * and the bookkeeping that makes a run trustworthy.
 *
 * <p>Read {@link io.github.ser4j.model.train.Trainer} first. Training minimises the
 * empirical risk {@code L(w) = (1/|B|) sum_{i in B} l(f_w(x_i), y_i)} by stochastic
 * gradient steps over shuffled mini-batches {@code B}. The loss {@code l} is the
 * cross-entropy of the softmax, {@code -log p_w(y | x)}; with class weights
 * {@code w_c = n / (k n_c)} (scikit-learn's 'balanced') every emotion carries the same
 * total weight however rare it is in the corpus, and label smoothing replaces the one-hot
 * target by {@code (1 - eps) onehot + eps / k}, which keeps the network from becoming
 * over-confident on acted speech.
 *
 * <p>The data arrive as a {@link io.github.ser4j.model.train.FeatureDataset}: one flat float
 * array per example with a common shape ({@code [1, 880]} for a 1-D CNN on frame features,
 * {@code [1, 64, 301]} for a CNN on a log-mel spectrogram) and an integer label. A
 * {@link io.github.ser4j.model.train.FeatureScaler} standardises them with statistics of the
 * training part only, and travels with the trained network so inference scales alike.
 *
 * <p>Every epoch ends with a validation pass in evaluation mode (no dropout, running batch
 * statistics). Its unweighted average recall (UAR, the mean of per-class recalls) is the
 * field's headline figure and, by default, the monitored metric: early stopping ends the
 * run once it has not improved for {@code patience} epochs, and the weights of the best
 * epoch, copied when it happened, are put back at the end (Keras'
 * {@code restore_best_weights}). ReduceLROnPlateau divides the rate when the metric stalls;
 * one-cycle, cosine and step schedules follow a fixed plan instead.
 *
 * <p>A run is reproducible: the batch order comes from the configured seed, and the kernels
 * never split a sum across threads, so the same seeds and thread count give the same
 * weights bit for bit. A run that diverges (a NaN or infinite loss, gradient or weight)
 * stops at once with a {@link io.github.ser4j.model.train.TrainingDivergedException} naming
 * where, rather than training on garbage. The {@link io.github.ser4j.model.train.History}
 * of a run is written as CSV or JSON.
 */
package io.github.ser4j.model.train;
