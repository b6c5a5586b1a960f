/**
 * The model zoo: the networks of the five reference projects, rebuilt layer for layer on
 * ser-nn, and ser4j's own default, all behind one registry, {@link io.github.ser4j.model.zoo.ModelZoo}.
 *
 * <p>Read {@link io.github.ser4j.model.zoo.ModelZoo} first, then the network you need. Each
 * network is a small {@link io.github.ser4j.nn.layers.Module} class with a static
 * {@link io.github.ser4j.model.zoo.InputSpec} naming the example shape and the feature
 * recipe it was designed for, and a constructor
 * {@code (numClasses, inputShape, RandomGenerator)}: the generator draws the initial
 * weights and then every dropout and masking decision, so one seed fixes a whole run.
 *
 * <p>Three families of frame networks appear. <b>Frame-stack CNNs</b> ({@link io.github.ser4j.model.zoo.DeepCnn1d},
 * {@link io.github.ser4j.model.zoo.CompactCnn1d}) read a feature vector as a 1-D signal:
 * a convolution {@code y[o, t] = b[o] + sum_{c,k} w[o, c, k] x[c, t + k - 2]} finds local
 * patterns, pooling keeps the strongest and halves the length, and dense layers classify
 * the flattened maps. <b>Image networks</b> ({@link io.github.ser4j.model.zoo.ResNet18})
 * treat a spectrogram as a picture, with residual blocks {@code y = relu(F(x) + x)} that
 * keep deep stacks trainable. <b>Convolutional recurrent networks</b>
 * ({@link io.github.ser4j.model.zoo.Crnn}, {@link io.github.ser4j.model.zoo.AttentiveCrnn})
 * let 2-D convolutions shrink a spectrogram into a short sequence and a recurrent layer
 * read that sequence in order, which suits emotion: it is carried by how pitch and energy
 * move over the utterance more than by any single frame.
 *
 * <p>The seeds' networks keep the seeds' choices (layer order, padding, Keras or PyTorch
 * initialisation and batch-norm constants) and their parameter counts match PyTorch's;
 * each class documents its count and how it is derived.
 *
 * <p>The default, {@link io.github.ser4j.model.zoo.FunctionalsEnsemble}, is of a fourth kind:
 * an <b>utterance-level classifier</b>. It does not read frames at all but the 706
 * openSMILE-style functionals of {@link io.github.ser4j.dsp.functionals.AcousticFunctionals},
 * with five small MLPs whose probabilities are averaged. It was chosen because it generalised
 * best to unseen speakers (leave-one-speaker-out on EMO-DB, see RESULTS.md): with a few
 * hundred training utterances, the frame networks learn the speakers as much as their
 * emotions. {@link io.github.ser4j.model.zoo.AttentiveCrnn} ({@code crnn-attentive}) is the
 * best frame network here, built for speaker-independent use: it normalises each
 * utterance's mel bands, masks the input in training
 * ({@link io.github.ser4j.model.zoo.SpecAugment}), and pools over time by attention
 * ({@link io.github.ser4j.model.zoo.AttentionPooling}); its feature settings are a record
 * the feature pipeline consumes, {@link io.github.ser4j.model.zoo.LogMelSpec}.
 */
package io.github.ser4j.model.zoo;
