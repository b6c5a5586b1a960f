package io.github.ser4j.nn.init;

import io.github.ser4j.nn.tensor.Tensor;

import java.util.Arrays;

/**
 * Fan-in and fan-out of a weight, as PyTorch's {@code _calculate_fan_in_and_fan_out}: for
 * a weight {@code [out, in, k...]} the receptive field is the product of the kernel axes,
 * {@code fanIn = in * receptive}, {@code fanOut = out * receptive}.
 *
 * @param in  number of inputs feeding one output unit
 * @param out number of outputs one input unit feeds
 */
public record Fan(int in, int out) {
    /** Validates both fans. */
    public Fan {
        if (in < 1 || out < 1) {
            throw new IllegalArgumentException("fans must be >= 1, got in=" + in + ", out=" + out);
        }
    }

    /** The fans of a weight of rank at least 2. */
    public static Fan of(Tensor weight) {
        int[] s = weight.shape();
        if (s.length < 2) {
            throw new IllegalArgumentException("fan in/out needs a weight of rank >= 2, got " + Arrays.toString(s));
        }
        int receptive = 1;
        for (int i = 2; i < s.length; i++) {
            receptive *= s[i];
        }
        return new Fan(s[1] * receptive, s[0] * receptive);
    }
}
