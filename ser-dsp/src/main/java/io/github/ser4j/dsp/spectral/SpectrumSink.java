package io.github.ser4j.dsp.spectral;

/**
 * Receives the spectrum of each STFT frame in turn (see {@link Stft#analyze}).
 *
 * <p>The arrays are the transform's scratch buffers: valid only during the call, holding
 * {@code bins} values (they may be longer). A sink copies or reduces what it needs.
 */
@FunctionalInterface
public interface SpectrumSink {
    /**
     * One frame's spectrum.
     *
     * @param frame index of the frame, from 0
     * @param re    real parts, bins {@code 0 .. nFft/2}
     * @param im    imaginary parts, bins {@code 0 .. nFft/2}
     */
    void accept(int frame, float[] re, float[] im);
}
