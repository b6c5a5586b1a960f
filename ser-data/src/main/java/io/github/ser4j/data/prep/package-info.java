/**
 * Preparing features and labels for a network: standardisation, label encoding, class weights.
 *
 * <p><b>Standardisation.</b> Features come in very different units: MFCC 0 is a log
 * energy in the hundreds, higher coefficients are small, zero-crossing rates lie in
 * [0, 1]. Gradient descent on such inputs is badly conditioned: the loss surface is
 * stretched along the large-valued features. {@link
 * io.github.ser4j.data.prep.StandardScaler} maps each feature to
 * {@code z = (x - mu) / sigma} with the training set's mean {@code mu} and population
 * standard deviation {@code sigma}. The statistics come from training data only, and
 * travel with the model so live input is scaled identically.
 *
 * <p><b>Labels.</b> A classifier outputs one score per class; {@link
 * io.github.ser4j.data.prep.LabelEncoder} fixes which index is which emotion (sorted by
 * name, as scikit-learn does) and builds the one-hot targets of categorical cross-entropy.
 *
 * <p><b>Imbalance.</b> Corpora are not balanced (RAVDESS has half as many neutral as other
 * files; combined sets more so). {@link io.github.ser4j.data.prep.ClassWeights#balanced}
 * weights each class by {@code n / (k * n_c)} so every class carries the same total weight
 * in the loss.
 *
 * <p>Read {@link io.github.ser4j.data.prep.StandardScaler} first.
 */
package io.github.ser4j.data.prep;
