/**
 * JMH benchmarks of whole feature-extraction jobs.
 *
 * <p>{@link io.github.ser4j.bench.data.CorpusJobBenchmark} is the {@code ser features DIR
 * --threads 1} job per file (decode a 48 kHz WAV, resample to 16 kHz with kaiser_best, MFCC,
 * write {@code .npy}), the figure compared with librosa's cost for the same work;
 * {@link io.github.ser4j.bench.data.RecipeThroughputBenchmark} the utterances per second of the
 * seed 000 and seed 003 feature recipes on 1 and 2 threads. Figures and commands are in
 * BENCHMARKS.md.
 */
package io.github.ser4j.bench.data;
