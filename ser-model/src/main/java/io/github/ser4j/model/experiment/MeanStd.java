package io.github.ser4j.model.experiment;

/**
 * The mean and the standard deviation of a figure over folds, as reported in "0.61 ± 0.05".
 * The deviation is the population one ({@code numpy.std} with {@code ddof=0}): it describes
 * the folds at hand; with one fold it is 0.
 *
 * @param mean the mean
 * @param std  the population standard deviation
 */
public record MeanStd(double mean, double std) {
    /**
     * Mean and deviation of the values.
     *
     * @throws IllegalArgumentException if there are none
     */
    public static MeanStd of(double... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("values must not be empty");
        }
        double s = 0;
        for (double v : values) {
            s += v;
        }
        double mean = s / values.length;
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        return new MeanStd(mean, Math.sqrt(ss / values.length));
    }
}
