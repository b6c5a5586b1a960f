/**
 * Model bundles: a trained model and everything needed to use it, in one checked file.
 *
 * <p>Read {@link io.github.ser4j.model.bundle.ModelBundle} first. A network's weights alone
 * are not a usable model: the same weights fed MFCCs at another sample rate, or unscaled
 * features, or with the classes in another order, give confident nonsense. So a bundle holds
 * the weights together with the architecture that gives them meaning
 * ({@link io.github.ser4j.model.bundle.ModelArchitecture}), the feature recipe's canonical
 * text, the scaler fitted on the training data, the class names in output order, and
 * {@link io.github.ser4j.model.bundle.TrainingMetadata} saying how the model was made.
 *
 * <p>A file is untrusted input. The format starts with a magic string and a version, so a
 * foreign file or a future format is recognised at once; it declares its content length, so
 * a cut-off download is told apart from damage; and it ends with the SHA-256 of everything
 * before it, so a single flipped bit anywhere is detected before any field is interpreted.
 * Only then are the sections parsed, with every count and length checked against the bytes
 * actually left, so even a file with a valid checksum but nonsensical content cannot make
 * the reader allocate memory it was not given. Every fault is a
 * {@link io.github.ser4j.model.bundle.BundleFormatException} naming the file and the kind of
 * fault.
 */
package io.github.ser4j.model.bundle;
