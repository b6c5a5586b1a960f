/**
 * JMH benchmarks of the deployed recognizer: {@link
 * io.github.ser4j.bench.model.RecognizerLatencyBenchmark} times {@code EmotionRecognizer.predict}
 * on a 3 s file (decode, resample, features, network) for every zoo network. Figures and
 * commands are in BENCHMARKS.md.
 */
package io.github.ser4j.bench.model;
