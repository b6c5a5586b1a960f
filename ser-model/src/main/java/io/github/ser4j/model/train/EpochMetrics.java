package io.github.ser4j.model.train;

/**
 * What one epoch achieved. Training loss and accuracy are averages over the epoch's batches
 * as they were trained (weights changing, dropout on), as Keras reports them; validation
 * figures are computed after the epoch in evaluation mode. Without a validation part the
 * validation fields are NaN.
 *
 * @param epoch         the epoch, from 1
 * @param trainLoss     mean training loss (class-weighted and smoothed as configured)
 * @param trainAccuracy fraction of training examples classified correctly during the epoch
 * @param valLoss       validation cross-entropy (unweighted, unsmoothed)
 * @param valAccuracy   validation accuracy
 * @param valUar        validation unweighted average recall
 * @param valMacroF1    validation macro-averaged F1
 * @param learningRate  the learning rate at the end of the epoch's last batch
 */
public record EpochMetrics(int epoch, double trainLoss, double trainAccuracy, double valLoss, double valAccuracy,
                           double valUar, double valMacroF1, double learningRate) {
}
