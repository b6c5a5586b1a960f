/**
 * JMH benchmarks of the network engine: single kernels (GEMM, convolution, element-wise),
 * recurrent layers, and whole networks of the model zoo on the shapes of the PyTorch
 * reference table ({@link io.github.ser4j.bench.nn.NetworkBenchmark}: training steps,
 * batch inference and single-sample latency at 1 and 2 threads).
 *
 * <p>Every figure is relative: the machine is shared, so compare ratios measured in the
 * same run rather than absolute times across runs.
 */
package io.github.ser4j.bench.nn;
