package io.github.ser4j.nn.optim;

/** Whether a monitored metric improves by going down (a loss) or up (an accuracy). */
public enum MetricMode {
    /** Lower is better (loss, error rate). */
    MIN,
    /** Higher is better (accuracy, UAR). */
    MAX
}
