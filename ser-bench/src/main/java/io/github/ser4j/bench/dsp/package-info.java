/**
 * JMH benchmarks of the audio front end, each comparing ser4j's Vector API kernels
 * ({@code impl = "ser4j"}), their scalar twins ({@code "ser4j-scalar"}) and, where one exists,
 * a reference library in the same run.
 *
 * <p>{@link io.github.ser4j.bench.dsp.FftBenchmark} and
 * {@link io.github.ser4j.bench.dsp.StftFramesBenchmark} measure the real FFT and a batch of
 * windowed STFT frames against JTransforms' {@code FloatFFT_1D.realForward};
 * {@link io.github.ser4j.bench.dsp.MfccBenchmark} the full librosa-default MFCC of a 3 s clip;
 * {@link io.github.ser4j.bench.dsp.ResampleBenchmark} resampy's kaiser_best resampling;
 * {@link io.github.ser4j.bench.dsp.EffectsBenchmark} time stretch, pitch shift and the other
 * effects. {@code MfccStageTiming} is a best-of-N wall-clock harness that splits the MFCC into
 * its stages, for use on a noisy machine. Figures and commands are in BENCHMARKS.md.
 */
package io.github.ser4j.bench.dsp;
